package org.gazette.ingest;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleStatus;
import org.gazette.article.BodyFormat;
import org.gazette.system.GazetteProperties;
import org.gazette.taxonomy.TermName;
import org.gazette.text.Language;
import org.gazette.text.Slug;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one article in the contract's import format (a JSON object) into an {@link ArticleInput},
 * refusing anything that breaks the format with a reason that names the field and the bad value.
 * Used for import files, the write API and wire items alike.
 */
@Component
public class ArticleJsonReader {

    /** Bodies larger than this are refused; no news story comes near it, a corrupted file can. */
    public static final int MAX_BODY_BYTES = 1 << 20;
    public static final int MAX_HEADLINE_CHARS = 500;
    public static final int MAX_DEK_CHARS = 2_000;
    public static final int MAX_ID_CHARS = 200;
    public static final int MAX_TERMS = 50;

    private static final Pattern ID_SHAPE = Pattern.compile("[A-Za-z0-9._:~@+\\-]+");
    private static final List<String> REQUIRED = List.of("id", "headline", "date", "body", "lang");

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final GazetteProperties properties;

    ArticleJsonReader(GazetteProperties properties) {
        this.properties = properties;
    }

    /** Reads one line of an import file, given as raw bytes without its line end. */
    public ArticleInput readLine(byte[] line) {
        for (byte b : line) {
            if (b == 0) {
                throw new InvalidArticleException("contains a NUL byte");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("is not valid UTF-8");
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidArticleException("invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + location(e));
        }
        return read(node, ArticleStatus.PUBLISHED);
    }

    /** Reads an article already parsed as JSON; {@code status} is what it gets when saved. */
    public ArticleInput read(JsonNode node, ArticleStatus status) {
        if (node == null || !node.isObject()) {
            throw new InvalidArticleException("expected a JSON object, got " + describe(node));
        }
        for (String field : REQUIRED) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw new InvalidArticleException("missing required field '" + field + "'");
            }
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            rejectNul(entry.getKey(), entry.getValue());
        }
        String id = requiredString(node, "id");
        if (id.length() > MAX_ID_CHARS || !ID_SHAPE.matcher(id).matches()) {
            throw new InvalidArticleException("field 'id' must be at most " + MAX_ID_CHARS
                    + " letters, digits and . _ : ~ @ + -, got '" + abbreviate(id) + "'");
        }
        String headline = requiredString(node, "headline").strip();
        if (headline.length() > MAX_HEADLINE_CHARS) {
            throw new InvalidArticleException("field 'headline' has " + headline.length()
                    + " characters; the limit is " + MAX_HEADLINE_CHARS);
        }
        String langCode = requiredString(node, "lang");
        if (!Language.isSupported(langCode)) {
            throw new InvalidArticleException("field 'lang' names an unknown language '" + abbreviate(langCode)
                    + "'; expected one of " + String.join(", ", Language.SUPPORTED));
        }
        if (!properties.serves(langCode)) {
            throw new InvalidArticleException("field 'lang' is '" + langCode + "', which this site does not publish"
                    + " (GAZETTE_LANGUAGES=" + String.join(",", properties.languages()) + ")");
        }
        Instant date = instant(node, "date", requiredString(node, "date"));
        Instant updated = optionalString(node, "updated") == null ? null
                : instant(node, "updated", optionalString(node, "updated"));
        String body = requiredString(node, "body");
        int bodyBytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bodyBytes > MAX_BODY_BYTES) {
            throw new InvalidArticleException("field 'body' is " + bodyBytes + " bytes; the limit is "
                    + MAX_BODY_BYTES + " (1 MiB)");
        }
        String dek = blankToNull(optionalString(node, "dek"));
        if (dek != null && dek.length() > MAX_DEK_CHARS) {
            throw new InvalidArticleException("field 'dek' has " + dek.length() + " characters; the limit is "
                    + MAX_DEK_CHARS);
        }
        String section = blankToNull(optionalString(node, "section"));
        if (section != null && Slug.from(section).isEmpty()) {
            throw new InvalidArticleException("field 'section' has no letters or digits: '" + abbreviate(section) + "'");
        }
        String source = blankToNull(optionalString(node, "source"));
        if (source != null) {
            termName("source", source);
        }
        String sourceUrl = blankToNull(optionalString(node, "source_url"));
        if (sourceUrl != null && !isWebUrl(sourceUrl)) {
            throw new InvalidArticleException("field 'source_url' must be an absolute http(s) URL, got '"
                    + abbreviate(sourceUrl) + "'");
        }
        String translationOf = blankToNull(optionalString(node, "translation_of"));
        if (translationOf != null && translationOf.equals(id)) {
            translationOf = null;
        }
        return new ArticleInput(id, headline, dek, date, updated, body, BodyFormat.detect(body),
                Language.of(langCode), section, terms(node, "tags"), terms(node, "authors"), source, sourceUrl,
                translationOf, status);
    }

    private static void rejectNul(String field, JsonNode value) {
        if (value.isString() && value.stringValue().indexOf('\0') >= 0) {
            throw new InvalidArticleException("field '" + field + "' contains a NUL character");
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                rejectNul(field, element);
            }
        }
    }

    private static String requiredString(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (!value.isString()) {
            throw new InvalidArticleException("field '" + field + "' must be a string, got " + describe(value));
        }
        if (value.stringValue().isBlank()) {
            throw new InvalidArticleException("field '" + field + "' must not be empty");
        }
        return value.stringValue();
    }

    private static String optionalString(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidArticleException("field '" + field + "' must be a string or null, got " + describe(value));
        }
        return value.stringValue();
    }

    private static List<String> terms(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidArticleException("field '" + field + "' must be an array of strings, got " + describe(value));
        }
        if (value.size() > MAX_TERMS) {
            throw new InvalidArticleException("field '" + field + "' has " + value.size() + " entries; the limit is "
                    + MAX_TERMS);
        }
        List<String> names = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            if (!element.isString()) {
                throw new InvalidArticleException("field '" + field + "' must be an array of strings, but holds "
                        + describe(element));
            }
            if (!element.stringValue().isBlank()) {
                names.add(termName(field, element.stringValue()));
            }
        }
        return names;
    }

    private static String termName(String field, String raw) {
        try {
            return TermName.of(raw).display();
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException("field '" + field + "': " + e.getMessage());
        }
    }

    private static Instant instant(JsonNode node, String field, String text) {
        try {
            return OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException("field '" + field + "' must be an ISO-8601 date-time with a time zone,"
                    + " such as 2024-09-16T14:05:00Z, got '" + abbreviate(text) + "'");
        }
    }

    private static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (Exception e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String describe(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "the number " + node;
            case BOOLEAN -> "the boolean " + node;
            case NULL, MISSING -> "null";
            case STRING -> "the string '" + abbreviate(node.stringValue()) + "'";
            default -> node.getNodeType().toString().toLowerCase();
        };
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getColumnNr() < 1 ? ""
                : " (column " + e.getLocation().getColumnNr() + ")";
    }

    static String abbreviate(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
    }
}
