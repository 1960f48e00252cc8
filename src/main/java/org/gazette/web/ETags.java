package org.gazette.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Entity tags made from the bytes of a response, so that they change exactly when the bytes do. */
public final class ETags {

    private ETags() {
    }

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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
