package org.gazette.tagging;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gazette.event.EventActor;
import org.gazette.event.StoryEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The events a story reports, as rows of {@code events}, {@code event_actors} and {@code event_topics}. They are
 * derived from the story's text and its linked mentions, so they are replaced as a whole whenever the story is
 * tagged, in the tagging transaction, and go when the story stops being published. Children are deleted by
 * statement rather than by cascade: SQLite enforces foreign keys only where a connection asks for it.
 */
@Component
class StoryEventRows {

    /** Longest sentence stored: a sentence that long is a run-on paragraph, and the page shows it whole. */
    private static final int MAX_SENTENCE = 2_000;

    private final JdbcClient jdbc;

    StoryEventRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the story has events stored (an unpublished story's events leave the timeline). */
    boolean any(long articleId) {
        return jdbc.sql("select count(*) from events where article_id = :article")
                        .param("article", articleId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Replaces the story's events. {@code entityIds} gives the stored entity of an actor's entity key, if
     * any; an actor whose entity is not stored keeps its name and no link.
     */
    void replace(
            long articleId,
            String lang,
            long publishedAt,
            List<StoryEvent> found,
            Function<String, Optional<Long>> entityIds) {
        clear(articleId);
        for (StoryEvent event : found) {
            long eventId = jdbc.sql(
                            """
                            insert into events (article_id, lang, type, occurred_on, sentence_start, sentence_end,
                                                sentence, published_at)
                            values (:article, :lang, :type, :on, :start, :end, :sentence, :published)
                            returning id""")
                    .param("article", articleId)
                    .param("lang", lang)
                    .param("type", event.type().name())
                    .param("on", event.occurredOn().toString())
                    .param("start", event.sentenceStart())
                    .param("end", event.sentenceEnd())
                    .param("sentence", shortened(event.sentence()))
                    .param("published", publishedAt)
                    .query(Long.class)
                    .single();
            int position = 0;
            for (EventActor actor : event.actors()) {
                jdbc.sql(
                                """
                                insert into event_actors (event_id, position, role, entity_id, name, title, country)
                                values (:event, :position, :role, :entity, :name, :title, :country)""")
                        .param("event", eventId)
                        .param("position", position++)
                        .param("role", actor.role().name().toLowerCase(Locale.ROOT))
                        .param("entity", actor.entityKey().flatMap(entityIds).orElse(null))
                        .param("name", actor.name())
                        .param("title", actor.title().orElse(null))
                        .param("country", actor.country().orElse(null))
                        .update();
            }
            position = 0;
            for (String topic : event.topics()) {
                jdbc.sql("insert into event_topics (event_id, position, topic) values (:event, :position, :topic)")
                        .param("event", eventId)
                        .param("position", position++)
                        .param("topic", topic)
                        .update();
            }
        }
    }

    /** Removes the story's events with their actors and topics. */
    void clear(long articleId) {
        jdbc.sql("delete from event_topics where event_id in (select id from events where article_id = :article)")
                .param("article", articleId)
                .update();
        jdbc.sql("delete from event_actors where event_id in (select id from events where article_id = :article)")
                .param("article", articleId)
                .update();
        jdbc.sql("delete from events where article_id = :article")
                .param("article", articleId)
                .update();
    }

    /** The slugs of stored entities by id. */
    Map<Long, String> slugsOf(Collection<Long> entityIds) {
        Map<Long, String> slugs = new HashMap<>();
        if (entityIds.isEmpty()) {
            return slugs;
        }
        jdbc.sql("select id, slug from entities where id in (:ids)")
                .param("ids", List.copyOf(entityIds))
                .query((rs, i) -> slugs.put(rs.getLong(1), rs.getString(2)))
                .list();
        return slugs;
    }

    private static String shortened(String sentence) {
        if (sentence.length() <= MAX_SENTENCE) {
            return sentence;
        }
        int end = MAX_SENTENCE;
        if (Character.isHighSurrogate(sentence.charAt(end - 1))) {
            end--;
        }
        return sentence.substring(0, end) + "…";
    }
}
