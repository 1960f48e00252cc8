package org.gazette.article;

import java.time.Instant;
import java.util.List;
import org.gazette.taxonomy.Author;
import org.gazette.taxonomy.Section;
import org.gazette.taxonomy.Source;
import org.gazette.taxonomy.Tag;
import org.gazette.text.Language;

/**
 * One story in one language, as stored. {@code bodyHtml} is already sanitized. {@code updatedAt} is
 * the time readers see as "Updated", set when a story is changed after publication; it is null for a
 * story never updated. {@code publishAt} is when a scheduled story goes live; {@code firstPublishedAt}
 * is null while the story has never been live.
 */
public record Article(
        long id,
        String externalId,
        Language lang,
        String slug,
        String headline,
        String dek,
        String bodySource,
        BodyFormat bodyFormat,
        String bodyHtml,
        Section section,
        Source source,
        String sourceUrl,
        Instant publishedAt,
        Instant updatedAt,
        ArticleStatus status,
        String translationOf,
        String translationGroup,
        List<Tag> tags,
        List<Author> authors,
        int version,
        Long createdBy,
        Instant publishAt,
        Instant firstPublishedAt,
        LeadImage leadImage) {

    /** An article without newsroom details (author account, schedule, lead image), as imports and tests make them. */
    public Article(
            long id,
            String externalId,
            Language lang,
            String slug,
            String headline,
            String dek,
            String bodySource,
            BodyFormat bodyFormat,
            String bodyHtml,
            Section section,
            Source source,
            String sourceUrl,
            Instant publishedAt,
            Instant updatedAt,
            ArticleStatus status,
            String translationOf,
            String translationGroup,
            List<Tag> tags,
            List<Author> authors,
            int version) {
        this(
                id,
                externalId,
                lang,
                slug,
                headline,
                dek,
                bodySource,
                bodyFormat,
                bodyHtml,
                section,
                source,
                sourceUrl,
                publishedAt,
                updatedAt,
                status,
                translationOf,
                translationGroup,
                tags,
                authors,
                version,
                null,
                null,
                null,
                null);
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** The time of the latest change readers know about: the update time, or publication. */
    public Instant lastModified() {
        return updatedAt != null && updatedAt.isAfter(publishedAt) ? updatedAt : publishedAt;
    }
}
