package org.gazette.newsroom;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.gazette.article.Article;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleStatus;
import org.gazette.article.BodyFormat;
import org.gazette.article.Revision;
import org.gazette.ingest.ArticleJsonReader;
import org.gazette.taxonomy.Author;
import org.gazette.taxonomy.Tag;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The article editor's fields as sent by the browser. Tags and authors are comma-separated. It is
 * checked by the same {@link ArticleJsonReader} as imports and API calls, so every channel has the same
 * rules and the same messages.
 */
public record ArticleForm(String headline, String dek, String body, String format, String lang, String section, String tags,
        String authors, String source, String sourceUrl, String translationOf, String leadImageId, int version) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ArticleForm {
        headline = headline == null ? "" : headline;
        body = body == null ? "" : body;
        format = format == null || format.isBlank() ? BodyFormat.MARKDOWN.code() : format;
        lang = lang == null ? "" : lang;
    }

    static ArticleForm from(Article article) {
        return new ArticleForm(article.headline(), article.dek(), article.bodySource(), article.bodyFormat().code(),
                article.lang().code(), article.section() == null ? null : article.section().slug(),
                String.join(", ", article.tags().stream().map(Tag::name).toList()),
                String.join(", ", article.authors().stream().map(Author::name).toList()),
                article.source() == null ? null : article.source().name(), article.sourceUrl(),
                article.translationOf(), article.leadImage() == null ? null : String.valueOf(article.leadImage().id()),
                article.version());
    }

    static ArticleForm from(Revision revision, int version) {
        return new ArticleForm(revision.headline(), revision.dek(), revision.bodySource(),
                revision.bodyFormat().code(), revision.lang().code(), revision.section(),
                String.join(", ", revision.tags()), String.join(", ", revision.authors()), revision.source(),
                revision.sourceUrl(), null, revision.leadImageId() == null ? null : revision.leadImageId().toString(),
                version);
    }

    Long leadImage() {
        if (leadImageId == null || leadImageId.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(leadImageId.strip());
        } catch (NumberFormatException e) {
            throw new org.gazette.ingest.InvalidArticleException("field 'lead image' must be an image number, got '"
                    + leadImageId + "'");
        }
    }

    BodyFormat bodyFormat() {
        for (BodyFormat candidate : BodyFormat.values()) {
            if (candidate.code().equals(format)) {
                return candidate;
            }
        }
        throw new org.gazette.ingest.InvalidArticleException("field 'format' must be text, html or markdown, got '"
                + format + "'");
    }

    /** The form as the import format's JSON, checked by the reader; the body keeps the format chosen. */
    ArticleInput toInput(ArticleJsonReader reader, String externalId, Instant date, Instant updated,
            ArticleStatus status) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", externalId);
        node.put("headline", headline);
        node.put("dek", dek);
        node.put("date", date.toString());
        node.put("updated", updated == null ? null : updated.toString());
        node.put("body", body);
        node.put("lang", lang);
        node.put("section", section);
        node.set("tags", list(tags));
        node.set("authors", list(authors));
        node.put("source", source);
        node.put("source_url", sourceUrl);
        node.put("translation_of", translationOf);
        ArticleInput input = reader.read(node, status);
        return new ArticleInput(input.externalId(), input.headline(), input.dek(), input.publishedAt(),
                input.updatedAt(), input.body(), bodyFormat(), input.lang(), input.section(), input.tags(),
                input.authors(), input.source(), input.sourceUrl(), input.translationOf(), input.status());
    }

    private static ArrayNode list(String commaSeparated) {
        ArrayNode array = JSON.createArrayNode();
        if (commaSeparated != null) {
            List<String> names = Arrays.stream(commaSeparated.split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            names.forEach(array::add);
        }
        return array;
    }
}
