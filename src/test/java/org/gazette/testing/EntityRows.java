package org.gazette.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes entities, the stories that name them and events into the V9 tables directly, as the tagging
 * pipeline and the event extractor will: the reader side is tested against the schema, whoever fills it.
 * The running site tags every story it stores, replacing what a story names: rows for a story are written
 * once the tagger is done with it, so that it does not replace them.
 */
public final class EntityRows {

    /** An actor of an event: role {@code initiator} or {@code partner}; entity id may be null. */
    public record Actor(String role, String name, String title, String country, Long entityId) {}

    private final JdbcClient jdbc;

    public EntityRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A shown entity with names by language; its id. */
    public long entity(String slug, String type, Map<String, String> names) {
        jdbc.sql(
                        """
                        insert into entities (slug, type, iso_code, hidden, names_edited, profile, created_at, updated_at)
                        values (:slug, :type, '', 0, 0, '{}', 0, 0)""")
                .param("slug", slug)
                .param("type", type)
                .update();
        long id = jdbc.sql("select id from entities where slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
        names.forEach(
                (lang, name) -> jdbc.sql("insert into entity_names (entity_id, lang, name) values (:id, :lang, :name)")
                        .param("id", id)
                        .param("lang", lang)
                        .param("name", name)
                        .update());
        return id;
    }

    public void hide(long entityId) {
        jdbc.sql("update entities set hidden = 1 where id = :id")
                .param("id", entityId)
                .update();
    }

    public void merge(long entityId, long into) {
        jdbc.sql("update entities set merged_into = :into where id = :id")
                .param("into", into)
                .param("id", entityId)
                .update();
    }

    public void rename(long entityId, String lang, String name) {
        jdbc.sql("update entity_names set name = :name where entity_id = :id and lang = :lang")
                .param("name", name)
                .param("id", entityId)
                .param("lang", lang)
                .update();
    }

    /** Waits (at most five minutes: the suite queues thousands of stories) until the story is off the tagging queue. */
    public void awaitTagged(long articleId) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (jdbc.sql("select count(*) from entity_queue where article_id = :article")
                        .param("article", articleId)
                        .query(Long.class)
                        .single()
                > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("story " + articleId + " is still waiting to be tagged after five minutes");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for story " + articleId + " to be tagged", e);
            }
        }
    }

    /** The story names the entity this often, first at this code point. */
    public void names(long articleId, long entityId, int mentions, int firstStart) {
        awaitTagged(articleId);
        jdbc.sql(
                        """
                        insert into article_entities (article_id, entity_id, mentions, first_start, published_at)
                        select id, :entity, :mentions, :first, coalesce(published_at, 0) from articles where id = :article""")
                .param("article", articleId)
                .param("entity", entityId)
                .param("mentions", mentions)
                .param("first", firstStart)
                .update();
    }

    /** An event the story reports; its id. */
    public long event(
            long articleId,
            String lang,
            String type,
            String day,
            String sentence,
            List<Actor> actors,
            List<String> topics) {
        awaitTagged(articleId);
        jdbc.sql(
                        """
                        insert into events (article_id, lang, type, occurred_on, sentence_start, sentence_end, sentence, published_at)
                        select id, :lang, :type, :day, 0, :end, :sentence, coalesce(published_at, 0) from articles where id = :article""")
                .param("article", articleId)
                .param("lang", lang)
                .param("type", type)
                .param("day", day)
                .param("end", sentence.length())
                .param("sentence", sentence)
                .update();
        long id = jdbc.sql("select max(id) from events where article_id = :article and sentence = :sentence")
                .param("article", articleId)
                .param("sentence", sentence)
                .query(Long.class)
                .single();
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            jdbc.sql(
                            """
                            insert into event_actors (event_id, position, role, entity_id, name, title, country)
                            values (:event, :position, :role, :entity, :name, :title, :country)""")
                    .param("event", id)
                    .param("position", i)
                    .param("role", actor.role())
                    .param("entity", actor.entityId())
                    .param("name", actor.name())
                    .param("title", actor.title())
                    .param("country", actor.country())
                    .update();
        }
        for (int i = 0; i < topics.size(); i++) {
            jdbc.sql("insert into event_topics (event_id, position, topic) values (:event, :position, :topic)")
                    .param("event", id)
                    .param("position", i)
                    .param("topic", topics.get(i))
                    .update();
        }
        return id;
    }
}
