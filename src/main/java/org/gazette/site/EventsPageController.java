package org.gazette.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gazette.entity.directory.EntityDirectory;
import org.gazette.entity.directory.EventCursor;
import org.gazette.entity.directory.EventQuery;
import org.gazette.entity.directory.EventTimeline;
import org.gazette.entity.directory.EventType;
import org.gazette.entity.directory.ListedEntity;
import org.gazette.entity.directory.ReportedEvent;
import org.gazette.pagecache.SurrogateKeys;
import org.gazette.system.GazetteProperties;
import org.gazette.text.Abbreviation;
import org.gazette.text.Language;
import org.gazette.web.SiteLinks;
import org.gazette.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /{lang}/events}: the timeline of who called, met, stated, agreed or accused, grouped by the day it
 * happened, newest first, filtered by {@code ?entity=slug} and {@code ?type=CALL} and paged by
 * {@code ?before=}. A filter that cannot be used is the reader's mistake: a 400 page naming the value.
 */
@Controller
class EventsPageController {

    private final EntityDirectory entities;
    private final EventTimeline events;
    private final SiteLanguages languages;
    private final FrameFactory frames;
    private final TimelineCards timeline;
    private final GazetteProperties properties;

    EventsPageController(
            EntityDirectory entities,
            EventTimeline events,
            SiteLanguages languages,
            FrameFactory frames,
            TimelineCards timeline,
            GazetteProperties properties) {
        this.entities = entities;
        this.events = events;
        this.languages = languages;
        this.frames = frames;
        this.timeline = timeline;
        this.properties = properties;
    }

    @GetMapping("/{lang:[a-z]{2}}/events")
    String events(
            @PathVariable String lang,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String before,
            Model model) {
        Language language = languages.require(lang);
        Texts texts = frames.texts(language);
        EventQuery query = EventQuery.all().inLanguage(language);
        String entitySlug = entity == null ? "" : entity.strip();
        ListedEntity filteredEntity = null;
        if (!entitySlug.isEmpty()) {
            filteredEntity = entity(entitySlug)
                    .orElseThrow(() -> new BadFilterException(
                            language, texts.get("events.error.entity", Abbreviation.of(entitySlug, 60))));
            query = query.withEntity(filteredEntity.id());
            SurrogateKeys.declare(SurrogateKeys.entity(filteredEntity.id()));
        }
        String typeCode = type == null ? "" : type.strip();
        EventType filteredType = null;
        if (!typeCode.isEmpty()) {
            filteredType = EventType.parse(typeCode)
                    .orElseThrow(() -> new BadFilterException(
                            language, texts.get("events.error.type", Abbreviation.of(typeCode, 40), typeList())));
            query = query.ofType(filteredType);
        }
        if (before != null && !before.isBlank()) {
            try {
                query = query.olderThan(EventCursor.decode(before.strip()));
            } catch (IllegalArgumentException e) {
                throw new BadFilterException(language, texts.get("events.error.page"));
            }
        }
        SurrogateKeys.declare(SurrogateKeys.EVENTS);
        int size = properties.pageSize();
        List<ReportedEvent> found = new ArrayList<>(events.page(query, size + 1));
        boolean older = found.size() > size;
        if (older) {
            found.remove(found.size() - 1);
        }
        String slug = filteredEntity == null ? null : filteredEntity.slug();
        String code = filteredType == null ? null : filteredType.name();
        String path = SiteLinks.events(language);
        String first = link(path, slug, code, null);
        Pager pager = new Pager(
                query.before() == null ? null : first,
                older ? link(path, slug, code, EventCursor.of(found.get(found.size() - 1))) : null);
        String heading = texts.get("events.title");
        Frame frame = frames.frame(language, heading, path)
                .canonical(properties.absolute(link(path, slug, code, query.before())));
        if (filteredEntity != null || filteredType != null || query.before() != null) {
            // a filtered or deeper page repeats the timeline: search engines keep the timeline itself
            frame = frame.notIndexed();
        }
        String filteredBy = null;
        if (filteredEntity != null || filteredType != null) {
            List<String> parts = new ArrayList<>();
            if (filteredType != null) {
                parts.add(texts.get("events.type." + filteredType.code()));
            }
            if (filteredEntity != null) {
                parts.add(filteredEntity.name(language));
            }
            filteredBy = texts.get("events.filteredBy", String.join(", ", parts));
        }
        String selectedType = code;
        List<EventsPage.TypeOption> types = Arrays.stream(EventType.values())
                .map(t -> new EventsPage.TypeOption(
                        t.name(), texts.get("events.type." + t.code()), t.name().equals(selectedType)))
                .toList();
        model.addAttribute(
                "page",
                new EventsPage(
                        frame,
                        heading,
                        filteredEntity == null ? "" : filteredEntity.name(language),
                        code == null ? "" : code,
                        types,
                        filteredBy,
                        timeline.days(found, language),
                        pager));
        return "site/events";
    }

    /** The entity a filter names: by its slug, by the slug it had before a merge, or by a name a reader typed. */
    private Optional<ListedEntity> entity(String slugOrName) {
        return entities.find(slugOrName)
                .or(() -> entities.movedTo(slugOrName).flatMap(entities::find))
                .or(() -> entities.findByName(slugOrName));
    }

    private static String typeList() {
        return String.join(
                ", ", Arrays.stream(EventType.values()).map(Enum::name).toList());
    }

    private static String link(String path, String entity, String type, EventCursor before) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        if (entity != null) {
            link.queryParam("entity", entity);
        }
        if (type != null) {
            link.queryParam("type", type);
        }
        if (before != null) {
            link.queryParam("before", before.encode());
        }
        return link.build().encode().toUriString();
    }
}
