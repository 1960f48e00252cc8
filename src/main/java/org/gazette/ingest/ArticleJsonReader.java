package org.gazette.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleSubmission;
import org.gazette.article.ArticleValidator;
import org.gazette.article.InvalidArticleException;
import org.gazette.text.Abbreviation;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads one article in the contract's import format (a JSON object): strict UTF-8 and JSON
 * ({@link StrictJson}), each field of the expected JSON type, and then the
 * content through the {@link ArticleValidator}, which holds every rule about the values. Used for
 * import files and the write API alike.
 */
@Component
public class ArticleJsonReader {

    private final StrictJson json = new StrictJson();
    private final ArticleValidator validator;

    ArticleJsonReader(ArticleValidator validator) {
        this.validator = validator;
    }

    /** Reads one line of an import file, given as raw bytes without its line end. */
    public ArticleInput readLine(byte[] line) {
        for (byte b : line) {
            if (b == 0) {
                throw InvalidArticleException.whole("contains a NUL byte");
            }
        }
        return read(parse(line), ArticleStatus.PUBLISHED);
    }

    private JsonNode parse(byte[] document) {
        try {
            return json.read(document);
        } catch (StrictJson.MalformedException e) {
            throw InvalidArticleException.whole(e.encoding() ? "is not valid UTF-8" : "invalid JSON: " + e.detail());
        }
    }

    /** Reads an article already parsed as JSON; {@code status} is what it gets when saved. */
    public ArticleInput read(JsonNode node, ArticleStatus status) {
        return validator.validate(submission(node), status);
    }

    /** The fields of an import-format object, each checked for its JSON type only. */
    public ArticleSubmission submission(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw InvalidArticleException.whole("expected a JSON object, got " + describe(node));
        }
        return ArticleSubmission.builder()
                .externalId(string(node, "id"))
                .headline(string(node, "headline"))
                .dek(string(node, "dek"))
                .date(string(node, "date"))
                .updated(string(node, "updated"))
                .body(string(node, "body"))
                .lang(string(node, "lang"))
                .section(string(node, "section"))
                .tags(strings(node, "tags"))
                .authors(strings(node, "authors"))
                .source(string(node, "source"))
                .sourceUrl(string(node, "source_url"))
                .translationOf(string(node, "translation_of"))
                .build();
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidArticleException(
                    field, value.toString(), "field '" + field + "' must be a string, got " + describe(value));
        }
        return value.stringValue();
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidArticleException(
                    field,
                    value.toString(),
                    "field '" + field + "' must be an array of strings, got " + describe(value));
        }
        List<String> names = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            if (!element.isString()) {
                throw new InvalidArticleException(
                        field,
                        element.toString(),
                        "field '" + field + "' must be an array of strings, but holds " + describe(element));
            }
            names.add(element.stringValue());
        }
        return names;
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
            case STRING -> "the string '" + Abbreviation.of(node.stringValue()) + "'";
            default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }
}
