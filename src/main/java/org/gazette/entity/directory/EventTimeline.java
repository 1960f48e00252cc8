package org.gazette.entity.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.article.ShownDates;
import org.gazette.text.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads events for timelines: newest first by the day they happened, only from stories readers may see
 * (published and dated in the shown range), so a draft's or a withdrawn story's events never show.
 */
@Service
public class EventTimeline {

    private final JdbcClient jdbc;
    private final EntityDirectory entities;
    private final Clock clock;

    EventTimeline(JdbcClient jdbc, EntityDirectory entities, Clock clock) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.clock = clock;
    }

    /** Whether a story reports any event, shown or not: the timeline pages may show it. */
    public boolean anyReportedBy(long articleId) {
        return !jdbc.sql("select id from events where article_id = :article limit 1")
                .param("article", articleId)
                .query(Long.class)
                .list()
                .isEmpty();
    }

    /** Up to {@code limit} events of the query, newest first, from just after its cursor. */
    public List<ReportedEvent> page(EventQuery query, int limit) {
        StringBuilder sql = new StringBuilder(
                        """
                select ev.id, ev.type, ev.occurred_on, ev.lang, ev.sentence,
                       a.id as article_id, a.external_id, a.lang as article_lang, a.slug, a.headline, a.published_at
                from events ev join articles a on a.id = ev.article_id
                where a.status = 'published'""")
                .append(ShownDates.CONDITION);
        Map<String, Object> params = new LinkedHashMap<>();
        ShownDates.at(clock).bind(params);
        if (query.lang() != null) {
            sql.append(" and ev.lang = :lang");
            params.put("lang", query.lang().code());
        }
        if (query.type() != null) {
            sql.append(" and ev.type = :type");
            params.put("type", query.type().name());
        }
        if (query.from() != null) {
            sql.append(" and ev.occurred_on >= :from");
            params.put("from", query.from().toString());
        }
        if (query.to() != null) {
            sql.append(" and ev.occurred_on <= :to");
            params.put("to", query.to().toString());
        }
        if (query.entityId() != null) {
            // an actor still linked to an entity merged into this one is this one's too
            sql.append(" and ev.id in (select ea.event_id from event_actors ea join entities e on e.id = ea.entity_id"
                    + " where e.id = :entity or e.merged_into = :entity)");
            params.put("entity", query.entityId());
        }
        if (query.before() != null) {
            sql.append(" and (ev.occurred_on < :cursorDay or (ev.occurred_on = :cursorDay and ev.id < :cursorId))");
            params.put("cursorDay", query.before().occurredOn().toString());
            params.put("cursorId", query.before().id());
        }
        sql.append(" order by ev.occurred_on desc, ev.id desc limit :limit");
        params.put("limit", limit);
        record Row(long id, String type, String occurredOn, String lang, String sentence, EventStory story) {}
        List<Row> rows = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, i) -> new Row(
                        rs.getLong("id"),
                        rs.getString("type"),
                        rs.getString("occurred_on"),
                        rs.getString("lang"),
                        rs.getString("sentence"),
                        new EventStory(
                                rs.getLong("article_id"),
                                rs.getString("external_id"),
                                Language.of(rs.getString("article_lang")),
                                rs.getString("slug"),
                                rs.getString("headline"),
                                Instant.ofEpochMilli(rs.getLong("published_at")))))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<String>> topics = new HashMap<>();
        jdbc.sql("select event_id, topic from event_topics where event_id in (:ids) order by event_id, position")
                .param("ids", ids)
                .query((rs, i) -> topics.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        record Actor(long eventId, String role, Long entityId, String name, String title, String country) {}
        List<Actor> actors = jdbc.sql(
                        """
                        select event_id, role, entity_id, name, title, country from event_actors
                        where event_id in (:ids) order by event_id, position""")
                .param("ids", ids)
                .query((rs, i) -> {
                    long entity = rs.getLong(3);
                    Long linked = rs.wasNull() ? null : entity;
                    return new Actor(
                            rs.getLong(1), rs.getString(2), linked, rs.getString(4), rs.getString(5), rs.getString(6));
                })
                .list();
        Map<Long, ListedEntity> linked = entities.shown(
                actors.stream().map(Actor::entityId).filter(id -> id != null).toList());
        Map<Long, List<EventActor>> actorsByEvent = new HashMap<>();
        for (Actor actor : actors) {
            actorsByEvent
                    .computeIfAbsent(actor.eventId(), k -> new ArrayList<>())
                    .add(new EventActor(
                            actor.role(),
                            actor.name(),
                            actor.title(),
                            actor.country(),
                            actor.entityId() == null ? null : linked.get(actor.entityId())));
        }
        List<ReportedEvent> events = new ArrayList<>();
        for (Row row : rows) {
            LocalDate day;
            try {
                day = LocalDate.parse(row.occurredOn());
            } catch (RuntimeException e) {
                // a date the extractor should not have written: left off rather than failing the page
                continue;
            }
            // a language the site has no texts for is read as the story's: the row still shows
            Language lang = Language.isSupported(row.lang())
                    ? Language.of(row.lang())
                    : row.story().lang();
            events.add(new ReportedEvent(
                    row.id(),
                    EventType.valueOf(row.type()),
                    day,
                    lang,
                    row.sentence(),
                    row.story(),
                    actorsByEvent.getOrDefault(row.id(), List.of()),
                    topics.getOrDefault(row.id(), List.of())));
        }
        return events;
    }
}
