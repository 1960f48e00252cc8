package org.gazette.entity.directory;

import java.time.LocalDate;
import java.util.List;
import org.gazette.text.Language;

/**
 * One event a published story reports: who did what with whom, when, about what.
 *
 * @param topics topic keys ({@code peace-process}); {@link TopicNames} gives their display names
 */
public record ReportedEvent(
        long id,
        EventType type,
        LocalDate occurredOn,
        Language lang,
        String sentence,
        EventStory story,
        List<EventActor> actors,
        List<String> topics) {

    public ReportedEvent {
        actors = List.copyOf(actors);
        topics = List.copyOf(topics);
    }
}
