package org.gazette.article;

import java.time.Instant;
import java.util.List;
import org.gazette.text.Language;

/**
 * One saved state of an article: who saved it, when, a one-line summary of what happened, and the
 * article's editable content as it was then.
 */
public record Revision(
        long id,
        long articleId,
        int version,
        Instant createdAt,
        Long userId,
        String actor,
        String summary,
        String headline,
        String dek,
        String bodySource,
        BodyFormat bodyFormat,
        Language lang,
        String slug,
        String section,
        List<String> tags,
        List<String> authors,
        String source,
        String sourceUrl,
        ArticleStatus status,
        Long leadImageId) {

    public Revision {
        tags = List.copyOf(tags);
        authors = List.copyOf(authors);
    }

    /**
     * The revision as lines of text, field by field, for a line diff between two revisions: what an
     * editor needs to see changed, in a stable order.
     */
    public List<String> asLines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("headline: " + headline);
        lines.add("dek: " + (dek == null ? "" : dek));
        lines.add("slug: " + slug);
        lines.add("section: " + (section == null ? "" : section));
        lines.add("tags: " + String.join(", ", tags));
        lines.add("authors: " + String.join(", ", authors));
        lines.add("source: " + (source == null ? "" : source) + (sourceUrl == null ? "" : " <" + sourceUrl + ">"));
        lines.add("status: " + status.code());
        lines.add("lead image: " + (leadImageId == null ? "" : leadImageId));
        lines.add("body (" + bodyFormat.code() + "):");
        lines.addAll(bodySource.lines().toList());
        return lines;
    }
}
