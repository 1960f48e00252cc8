package org.gazette.wire;

/**
 * What one conditional GET of a feed brought back.
 *
 * @param body         the document, or null when the source answered 304 Not Modified
 * @param etag         the validator to send next time as {@code If-None-Match}, or null
 * @param lastModified the validator to send next time as {@code If-Modified-Since}, or null
 */
public record FetchResult(byte[] body, String etag, String lastModified) {

    public boolean notModified() {
        return body == null;
    }
}
