package org.gazette.article;

import java.time.Instant;
import org.gazette.text.Language;

/**
 * Which published stories a list holds. Every field is optional; {@code from} is inclusive and
 * {@code to} exclusive. {@code entityId} is an entity the stories name (an entity page's list).
 */
public record ArticleFilter(
        Language lang,
        Long sectionId,
        Long tagId,
        Long sourceId,
        Long authorId,
        Instant from,
        Instant to,
        Long entityId) {

    /** A filter on everything but an entity, as most lists are. */
    public ArticleFilter(
            Language lang, Long sectionId, Long tagId, Long sourceId, Long authorId, Instant from, Instant to) {
        this(lang, sectionId, tagId, sourceId, authorId, from, to, null);
    }

    public static ArticleFilter language(Language lang) {
        return new ArticleFilter(lang, null, null, null, null, null, null);
    }

    /** The stories that name this entity. */
    public ArticleFilter withEntity(long id) {
        return new ArticleFilter(lang, sectionId, tagId, sourceId, authorId, from, to, id);
    }

    /** The same list without its entity condition, for a query that reads the entity's stories from its index. */
    ArticleFilter withoutEntity() {
        return new ArticleFilter(lang, sectionId, tagId, sourceId, authorId, from, to, null);
    }

    public ArticleFilter withSection(long id) {
        return new ArticleFilter(lang, id, tagId, sourceId, authorId, from, to, entityId);
    }

    public ArticleFilter withTag(long id) {
        return new ArticleFilter(lang, sectionId, id, sourceId, authorId, from, to, entityId);
    }

    /** The same list without its tag condition, for a query that reads the tag's stories from its index. */
    ArticleFilter withoutTag() {
        return new ArticleFilter(lang, sectionId, null, sourceId, authorId, from, to, entityId);
    }

    public ArticleFilter withSource(long id) {
        return new ArticleFilter(lang, sectionId, tagId, id, authorId, from, to, entityId);
    }

    public ArticleFilter withAuthor(long id) {
        return new ArticleFilter(lang, sectionId, tagId, sourceId, id, from, to, entityId);
    }

    public ArticleFilter between(Instant from, Instant to) {
        return new ArticleFilter(lang, sectionId, tagId, sourceId, authorId, from, to, entityId);
    }
}
