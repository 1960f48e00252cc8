package org.gazette.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Parses one JSON document the way every way in must: valid UTF-8 (nothing silently replaced by
 * U+FFFD), no duplicate keys (the last one would quietly win), nothing after the value. Import lines
 * and API bodies both go through it, so the same bytes are refused everywhere.
 */
public final class StrictJson {

    private final JsonMapper json = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** A document refused: either not UTF-8, or UTF-8 but not one JSON value; the detail is the parser's reason. */
    public static final class MalformedException extends RuntimeException {

        private final boolean encoding;

        MalformedException(boolean encoding, String detail) {
            super(detail);
            this.encoding = encoding;
        }

        /** True when the bytes are not UTF-8, false when the text is not JSON. */
        public boolean encoding() {
            return encoding;
        }

        /** Why the parser refused the text, in its words without the position, or empty for an encoding error. */
        public String detail() {
            return getMessage();
        }
    }

    /** Parses the bytes, or throws {@link MalformedException}. An empty document is a missing node. */
    public JsonNode read(byte[] document) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(document))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedException(true, "");
        }
        try (JsonParser parser = json.createParser(text)) {
            JsonNode value = json.readTree(parser);
            if (parser.nextToken() != null) {
                throw new MalformedException(
                        false, "something follows the JSON value" + column(parser.currentLocation()));
            }
            return value == null ? MissingNode.getInstance() : value;
        } catch (JacksonException e) {
            throw new MalformedException(isEncoding(e), reason(e));
        }
    }

    /**
     * Whether the parser refused bytes that are not UTF-8 (Spring's converters hand it bytes, and its
     * message is the only thing that tells this apart from a syntax error).
     */
    public static boolean isEncoding(JacksonException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Invalid UTF-8");
    }

    /**
     * The parser's reason in the words of the JSON text ("Unexpected character ... was expecting
     * double-quote", "Duplicate Object property \"id\""), cut before the source excerpt it appends, and
     * the column. A reason that would quote the parser's own classes or settings is replaced by a
     * plain one: an error message must not read like a stack trace.
     */
    public static String reason(JacksonException e) {
        String first = e.getOriginalMessage().lines().findFirst().orElse("");
        int source = first.indexOf(" (start marker at [");
        if (source >= 0) {
            first = first.substring(0, source);
        }
        if (first.isBlank() || first.contains("`") || first.contains("jackson") || first.contains("Feature")) {
            first = "not well-formed JSON";
        }
        return first + column(e.getLocation());
    }

    private static String column(TokenStreamLocation location) {
        return location == null || location.getColumnNr() < 1 ? "" : " (column " + location.getColumnNr() + ")";
    }
}
