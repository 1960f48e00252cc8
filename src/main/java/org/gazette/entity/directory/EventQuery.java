package org.gazette.entity.directory;

import java.time.LocalDate;
import org.gazette.text.Language;

/**
 * Which events a timeline holds. Every field is optional; {@code from} and {@code to} are days, both
 * inclusive, compared with the day the event happened (not the day the story was published).
 *
 * @param before list only events older than this position (the next page)
 */
public record EventQuery(
        Language lang, Long entityId, EventType type, LocalDate from, LocalDate to, EventCursor before) {

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null);
    }

    public EventQuery inLanguage(Language language) {
        return new EventQuery(language, entityId, type, from, to, before);
    }

    public EventQuery withEntity(long id) {
        return new EventQuery(lang, id, type, from, to, before);
    }

    public EventQuery ofType(EventType kind) {
        return new EventQuery(lang, entityId, kind, from, to, before);
    }

    public EventQuery between(LocalDate first, LocalDate last) {
        return new EventQuery(lang, entityId, type, first, last, before);
    }

    public EventQuery olderThan(EventCursor cursor) {
        return new EventQuery(lang, entityId, type, from, to, cursor);
    }
}
