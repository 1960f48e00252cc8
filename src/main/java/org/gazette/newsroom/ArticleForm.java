package org.gazette.newsroom;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.gazette.article.Article;
import org.gazette.article.ArticleSubmission;
import org.gazette.article.ArticleValidator;
import org.gazette.article.BodyFormat;
import org.gazette.article.InvalidArticleException;
import org.gazette.article.Revision;
import org.gazette.taxonomy.Author;
import org.gazette.taxonomy.Tag;
import org.gazette.text.Abbreviation;

/**
 * The article editor's fields as sent by the browser. Tags and authors are comma-separated. It is
 * checked by the same {@link ArticleValidator} as imports and API calls, so every channel has the same
 * rules and the same messages.
 */
public record ArticleForm(
        String headline,
        String dek,
        String body,
        String format,
        String lang,
        String section,
        String tags,
        String authors,
        String source,
        String sourceUrl,
        String translationOf,
        String leadImageId,
        int version) {

    public ArticleForm {
        headline = headline == null ? "" : headline;
        body = body == null ? "" : body;
        format = format == null || format.isBlank() ? BodyFormat.MARKDOWN.code() : format;
        lang = lang == null ? "" : lang;
    }

    static ArticleForm from(Article article) {
        return new ArticleForm(
                article.headline(),
                article.dek(),
                article.bodySource(),
                article.bodyFormat().code(),
                article.lang().code(),
                article.section() == null ? null : article.section().slug(),
                String.join(", ", article.tags().stream().map(Tag::name).toList()),
                String.join(", ", article.authors().stream().map(Author::name).toList()),
                article.source() == null ? null : article.source().name(),
                article.sourceUrl(),
                article.translationOf(),
                article.leadImage() == null
                        ? null
                        : String.valueOf(article.leadImage().id()),
                article.version());
    }

    static ArticleForm from(Revision revision, int version) {
        return new ArticleForm(
                revision.headline(),
                revision.dek(),
                revision.bodySource(),
                revision.bodyFormat().code(),
                revision.lang().code(),
                revision.section(),
                String.join(", ", revision.tags()),
                String.join(", ", revision.authors()),
                revision.source(),
                revision.sourceUrl(),
                null,
                revision.leadImageId() == null ? null : revision.leadImageId().toString(),
                version);
    }

    Long leadImage() {
        if (leadImageId == null || leadImageId.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(leadImageId.strip());
        } catch (NumberFormatException e) {
            throw new InvalidArticleException(
                    "lead_image",
                    leadImageId,
                    "field 'lead image' must be an image number," + " got '" + Abbreviation.of(leadImageId) + "'");
        }
    }

    BodyFormat bodyFormat() {
        for (BodyFormat candidate : BodyFormat.values()) {
            if (candidate.code().equals(format)) {
                return candidate;
            }
        }
        throw new InvalidArticleException(
                "format",
                format,
                "field 'format' must be text, html or markdown, got '" + Abbreviation.of(format) + "'");
    }

    /** The form as a submission to the article rules; the body keeps the format chosen. */
    ArticleSubmission toSubmission(String externalId, Instant date, Instant updated) {
        return ArticleSubmission.builder()
                .externalId(externalId)
                .headline(headline)
                .dek(dek)
                .date(date)
                .updated(updated)
                .body(body)
                .format(bodyFormat())
                .lang(lang)
                .section(section)
                .tags(list(tags))
                .authors(list(authors))
                .source(source)
                .sourceUrl(sourceUrl)
                .translationOf(translationOf)
                .build();
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
