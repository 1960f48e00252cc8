package org.gazette.article;

import java.time.Instant;
import org.gazette.text.Language;

/**
 * Which published stories a list holds. Every field is optional; {@code from} is inclusive and
 * {@code to} exclusive.
 */
public record ArticleFilter(
        Language lang, Long sectionId, Long tagId, Long sourceId, Long authorId, Instant from, Instant to) {

    public static ArticleFilter language(Language lang) {
        return new ArticleFilter(lang, null, null, null, null, null, null);
    }

    public ArticleFilter withSection(long id) {
        return new ArticleFilter(lang, id, tagId, sourceId, authorId, from, to);
    }

    public ArticleFilter withTag(long id) {
        return new ArticleFilter(lang, sectionId, id, sourceId, authorId, from, to);
    }

    /** The same list without its tag condition, for a query that reads the tag's stories from its index. */
    ArticleFilter withoutTag() {
        return new ArticleFilter(lang, sectionId, null, sourceId, authorId, from, to);
    }

    public ArticleFilter withSource(long id) {
        return new ArticleFilter(lang, sectionId, tagId, id, authorId, from, to);
    }

    public ArticleFilter withAuthor(long id) {
        return new ArticleFilter(lang, sectionId, tagId, sourceId, id, from, to);
    }

    public ArticleFilter between(Instant from, Instant to) {
        return new ArticleFilter(lang, sectionId, tagId, sourceId, authorId, from, to);
    }
}
