package org.gazette.tagging;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code entity_corrections} table: editors' decisions about mentions by their {@link SurfaceKey}, kept
 * apart from what the tagger writes so that they hold each time a story is tagged again. A correction scoped
 * to a story beats one for the whole language; of two with the same scope, the later one holds.
 */
@Component
class EditorCorrections {

    /** What to do with a mention: leave it out ({@code entityId} empty), or link it to this entity. */
    record Decision(Optional<Long> entityId) {

        boolean ignore() {
            return entityId.isEmpty();
        }
    }

    /** The decisions that hold in one story, by surface key. */
    record ForStory(Map<String, Decision> bySurface) {

        Optional<Decision> of(SurfaceKey key) {
            return Optional.ofNullable(bySurface.get(key.value()));
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    EditorCorrections(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    ForStory forStory(long articleId, String lang) {
        Map<String, Decision> languageWide = new HashMap<>();
        Map<String, Decision> storyOnly = new HashMap<>();
        jdbc.sql("select kind, surface_key, article_id, entity_id from entity_corrections"
                        + " where lang = :lang and (article_id is null or article_id = :article) order by id")
                .param("lang", lang)
                .param("article", articleId)
                .query((rs, i) -> {
                    String kind = rs.getString(1);
                    String key = rs.getString(2);
                    rs.getLong(3);
                    boolean scoped = !rs.wasNull();
                    long entity = rs.getLong(4);
                    Optional<Long> entityId =
                            rs.wasNull() || kind.equals("ignore") ? Optional.empty() : Optional.of(entity);
                    (scoped ? storyOnly : languageWide).put(key, new Decision(entityId));
                    return null;
                })
                .list();
        languageWide.putAll(storyOnly);
        return new ForStory(languageWide);
    }

    /** Records that mentions with this surface are no entity (in one story, or with no story: everywhere). */
    void ignore(SurfaceKey key, String lang, Long articleId, String editor) {
        insert("ignore", key, lang, articleId, null, editor);
    }

    /** Records that mentions with this surface name the entity (in one story, or with no story: everywhere). */
    void link(SurfaceKey key, String lang, Long articleId, long entityId, String editor) {
        insert("link", key, lang, articleId, entityId, editor);
    }

    private void insert(String kind, SurfaceKey key, String lang, Long articleId, Long entityId, String editor) {
        jdbc.sql(
                        "insert into entity_corrections (kind, surface_key, lang, article_id, entity_id, created_by, created_at)"
                                + " values (:kind, :key, :lang, :article, :entity, :by, :now)")
                .param("kind", kind)
                .param("key", key.value())
                .param("lang", lang)
                .param("article", articleId)
                .param("entity", entityId)
                .param("by", editor)
                .param("now", clock.millis())
                .update();
    }
}
