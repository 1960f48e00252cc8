package org.gazette.web;

import org.gazette.text.Sha256;

/** Entity tags made from the bytes of a response, so that they change exactly when the bytes do. */
public final class ETags {

    private ETags() {}

    /** A strong validator: these exact bytes (a compressed copy needs a tag of its own). */
    public static String strong(byte[] body) {
        return "\"" + hash(body) + "\"";
    }

    /**
     * A weak validator: the same content, however it is encoded on the way (the server may compress it),
     * for responses sent as they are rendered rather than from the page cache.
     */
    public static String weak(byte[] body) {
        return "W/\"" + hash(body) + "\"";
    }

    private static String hash(byte[] body) {
        // the first 16 bytes of the digest: plenty to tell versions of one response apart
        return Sha256.hex(body).substring(0, 32);
    }
}
