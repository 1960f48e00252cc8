package org.gazette.wire;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells a feed file (RSS, Atom, NewsML-G2, ninjs) from a JSON Lines import file by its content, so the
 * {@code import} command takes either. XML is a feed; a JSON array is ninjs; a single JSON object is
 * ninjs when it has a {@code uri} and no {@code id} (an import line always has an {@code id}).
 */
public final class FeedFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FeedFiles() {}

    /**
     * @param start the file's first bytes, up to {@link WireFeedReader#MAX_DOCUMENT_BYTES}
     * @param whole whether {@code start} is the whole file
     */
    public static boolean isFeed(byte[] start, boolean whole) {
        int i = 0;
        if (start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < start.length && (start[i] == ' ' || start[i] == '\t' || start[i] == '\r' || start[i] == '\n')) {
            i++;
        }
        if (i >= start.length) {
            return false;
        }
        if (start[i] == '<'
                || start[i] == '['
                || (start[i] & 0xFF) == 0xFE
                || (start[i] & 0xFF) == 0xFF
                || start[i] == 0) {
            return true;
        }
        if (start[i] != '{' || !whole) {
            return false;
        }
        try {
            JsonNode node =
                    JSON.readTree(new String(start, i, start.length - i, java.nio.charset.StandardCharsets.UTF_8));
            return node.isObject() && node.has("uri") && !node.has("id");
        } catch (JacksonException e) {
            return false;
        }
    }
}
