package org.gazette.tagging;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gazette.entity.EntityType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code article_mentions} and {@code article_entities} tables: which entities a story names and where.
 * A story's rows are always replaced together, in the transaction that tagged it.
 */
@Component
class StoryEntities {

    /** One mention as stored: code point span in the story's plain text, type, words, linked entity if any. */
    record StoredMention(int start, int end, EntityType type, String surface, Long entityId) {}

    /** One entity of a story: how often it is named and where first. */
    record StoredEntity(long entityId, int mentions, int firstStart) {}

    private final JdbcClient jdbc;

    StoryEntities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The entities the story names now. */
    Set<Long> entitiesOf(long articleId) {
        return new LinkedHashSet<>(jdbc.sql("select entity_id from article_entities where article_id = :article")
                .param("article", articleId)
                .query(Long.class)
                .list());
    }

    List<StoredMention> mentionsOf(long articleId) {
        return jdbc.sql("select start_at, end_at, type, surface, entity_id from article_mentions"
                        + " where article_id = :article order by start_at")
                .param("article", articleId)
                .query((rs, i) -> {
                    long entity = rs.getLong(5);
                    return new StoredMention(
                            rs.getInt(1),
                            rs.getInt(2),
                            EntityType.valueOf(rs.getString(3)),
                            rs.getString(4),
                            rs.wasNull() ? null : entity);
                })
                .list();
    }

    /** Replaces what the story names with these mentions and entities. */
    void replace(long articleId, long publishedAt, List<StoredMention> mentions, List<StoredEntity> entities) {
        clear(articleId);
        for (StoredMention mention : mentions) {
            jdbc.sql("insert into article_mentions (article_id, start_at, end_at, type, surface, entity_id)"
                            + " values (:article, :start, :end, :type, :surface, :entity)")
                    .param("article", articleId)
                    .param("start", mention.start())
                    .param("end", mention.end())
                    .param("type", mention.type().name())
                    .param("surface", mention.surface())
                    .param("entity", mention.entityId())
                    .update();
        }
        for (StoredEntity entity : entities) {
            jdbc.sql("insert into article_entities (article_id, entity_id, mentions, first_start, published_at)"
                            + " values (:article, :entity, :mentions, :first, :published)")
                    .param("article", articleId)
                    .param("entity", entity.entityId())
                    .param("mentions", entity.mentions())
                    .param("first", entity.firstStart())
                    .param("published", publishedAt)
                    .update();
        }
    }

    /** Forgets what the story names (a story unpublished or deleted names nothing on the site). */
    void clear(long articleId) {
        jdbc.sql("delete from article_mentions where article_id = :article")
                .param("article", articleId)
                .update();
        jdbc.sql("delete from article_entities where article_id = :article")
                .param("article", articleId)
                .update();
    }

    /** The stories that name the entity, newest first. */
    List<Long> storiesOf(long entityId, int limit) {
        return jdbc.sql("select article_id from article_entities where entity_id = :entity"
                        + " order by published_at desc, article_id desc limit :limit")
                .param("entity", entityId)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }
}
