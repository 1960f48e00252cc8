package org.gazette.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.entity.directory.EventActor;
import org.gazette.entity.directory.ReportedEvent;
import org.gazette.entity.directory.TopicNames;
import org.gazette.pagecache.SurrogateKeys;
import org.gazette.text.Language;
import org.gazette.web.DateFormats;
import org.gazette.web.Link;
import org.gazette.web.SiteLinks;
import org.gazette.web.Texts;
import org.springframework.stereotype.Component;

/**
 * Turns events into what a timeline shows, grouped by the day they happened, and names the stories they
 * come from and the entities they link for the page cache: a story withdrawn or an entity renamed changes
 * the page.
 */
@Component
class TimelineCards {

    private final FrameFactory frames;
    private final TopicNames topics;

    TimelineCards(FrameFactory frames, TopicNames topics) {
        this.frames = frames;
        this.topics = topics;
    }

    /** The events by day, in the order given (newest first). */
    List<TimelineDay> days(List<ReportedEvent> events, Language lang) {
        Texts texts = frames.texts(lang);
        DateFormats dates = frames.dates(lang);
        Map<LocalDate, List<EventCard>> byDay = new LinkedHashMap<>();
        List<Long> stories = new ArrayList<>();
        for (ReportedEvent event : events) {
            byDay.computeIfAbsent(event.occurredOn(), day -> new ArrayList<>()).add(card(event, lang, texts));
            stories.add(event.story().id());
            event.actors().stream()
                    .filter(actor -> actor.entity() != null)
                    .forEach(actor -> SurrogateKeys.declare(
                            SurrogateKeys.entity(actor.entity().id())));
        }
        SurrogateKeys.declareArticles(stories);
        List<TimelineDay> days = new ArrayList<>();
        byDay.forEach((day, cards) -> days.add(new TimelineDay(
                day.toString(), dates.longDate(day.atStartOfDay(dates.zone()).toInstant()), cards)));
        return days;
    }

    private EventCard card(ReportedEvent event, Language lang, Texts texts) {
        List<EventCard.Actor> actors = new ArrayList<>();
        for (EventActor actor : event.actors()) {
            List<String> detail = new ArrayList<>();
            detail.add(texts.get("events.role." + actor.role()));
            if (actor.title() != null && !actor.title().isBlank()) {
                detail.add(actor.title());
            }
            if (actor.country() != null && !actor.country().isBlank()) {
                detail.add(actor.country());
            }
            actors.add(new EventCard.Actor(
                    actor.entity() == null ? actor.name() : actor.entity().name(lang),
                    String.join(", ", detail),
                    actor.entity() == null
                            ? null
                            : SiteLinks.entity(lang, actor.entity().slug())));
        }
        return new EventCard(
                event.type().code(),
                texts.get("events.type." + event.type().code()),
                event.occurredOn().toString(),
                frames.dates(lang)
                        .longDate(event.occurredOn()
                                .atStartOfDay(frames.dates(lang).zone())
                                .toInstant()),
                event.sentence(),
                actors,
                event.topics().stream().map(key -> topics.name(key, lang)).toList(),
                new Link(
                        SiteLinks.article(event.story().lang(), event.story().slug()),
                        event.story().headline()));
    }
}
