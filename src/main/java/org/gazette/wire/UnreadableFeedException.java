package org.gazette.wire;

/**
 * A whole feed document that cannot be read: not well-formed, truncated, wrongly encoded, carrying a
 * DTD, or not a news format at all. The message is the reason shown to editors and in command output.
 */
public class UnreadableFeedException extends RuntimeException {

    public UnreadableFeedException(String reason) {
        super(reason, null, false, false);
    }
}
