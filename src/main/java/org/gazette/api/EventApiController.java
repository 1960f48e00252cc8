package org.gazette.api;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
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
import org.gazette.system.GazetteProperties;
import org.gazette.system.InvalidParameterException;
import org.gazette.text.Abbreviation;
import org.gazette.text.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Events and entities, read-only and public: {@code GET /api/v1/events?entity=&from=&to=&type=&lang=} (paged
 * by {@code cursor} and {@code limit} as articles are) and {@code GET /api/v1/entities/{slug}}. Dates are days
 * ({@code 2024-09-16}), both inclusive, of when the event happened. A parameter that cannot be used is a 400
 * problem naming it; an entity readers may not see (unknown, hidden) is a 404 problem, as for a missing page.
 */
@RestController
class EventApiController {

    /** Readers' tools may reuse an answer for a minute: events change when stories are tagged, not by the second. */
    private static final CacheControl CACHING =
            CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final EntityDirectory entities;
    private final EventTimeline events;
    private final GazetteProperties site;

    EventApiController(EntityDirectory entities, EventTimeline events, GazetteProperties site) {
        this.entities = entities;
        this.events = events;
        this.site = site;
    }

    @GetMapping("/api/v1/events")
    ResponseEntity<?> list(
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String limit) {
        Language language = ArticleQueryParameters.language(lang, site);
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new InvalidParameterException("to", "must not be before 'from'");
        }
        EventType kind = type(type);
        EventCursor before = cursor(cursor);
        int size = ArticleQueryParameters.limit(limit);
        EventQuery query = EventQuery.all().inLanguage(language).between(first, last);
        if (kind != null) {
            query = query.ofType(kind);
        }
        String entitySlug = null;
        if (entity != null && !entity.isBlank()) {
            Optional<ListedEntity> found = entity(entity.strip());
            if (found.isEmpty()) {
                return notFound("No person, organisation or place '" + Abbreviation.of(entity) + "'");
            }
            entitySlug = found.get().slug();
            query = query.withEntity(found.get().id());
        }
        if (before != null) {
            query = query.olderThan(before);
        }
        List<ReportedEvent> rows = events.page(query, size + 1);
        String nextCursor = null;
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            nextCursor = EventCursor.of(rows.get(size - 1)).encode();
            next = UriComponentsBuilder.fromPath("/api/v1/events")
                    .queryParamIfPresent("entity", Optional.ofNullable(entitySlug))
                    .queryParamIfPresent("from", Optional.ofNullable(first))
                    .queryParamIfPresent("to", Optional.ofNullable(last))
                    .queryParamIfPresent("type", Optional.ofNullable(kind).map(Enum::name))
                    .queryParamIfPresent("lang", Optional.ofNullable(language).map(Language::code))
                    .queryParam("limit", size)
                    .queryParam("cursor", nextCursor)
                    .encode()
                    .build()
                    .toUriString();
        }
        return ResponseEntity.ok()
                .cacheControl(CACHING)
                .body(new EventListJson(
                        rows.stream().map(event -> EventJson.from(event, site)).toList(),
                        nextCursor,
                        next == null ? null : site.absolute(next)));
    }

    /** One entity: its names in every language and its page in each; a merged slug answers for the survivor. */
    @GetMapping("/api/v1/entities/{slug}")
    ResponseEntity<?> one(@PathVariable String slug, @RequestParam(required = false) String lang) {
        Language language =
                Optional.ofNullable(ArticleQueryParameters.language(lang, site)).orElse(site.defaultLanguage());
        Optional<ListedEntity> found = entity(slug);
        if (found.isEmpty()) {
            return notFound("No person, organisation or place '" + Abbreviation.of(slug) + "'");
        }
        ListedEntity entity = found.get();
        EntityJson json = EntityJson.from(entity, language, site);
        return ResponseEntity.ok()
                .cacheControl(CACHING)
                .body(new EntityDetailJson(json.slug(), json.name(), json.type(), json.url(), entity.names()));
    }

    /** An entity with its display names by language code. */
    record EntityDetailJson(String slug, String name, String type, String url, java.util.Map<String, String> names) {}

    private Optional<ListedEntity> entity(String slug) {
        return entities.find(slug).or(() -> entities.movedTo(slug).flatMap(entities::find));
    }

    private static ResponseEntity<ProblemDetail> notFound(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Not Found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new InvalidParameterException(
                    name, "must be a date (2024-09-16), got '" + Abbreviation.of(value) + "'");
        }
    }

    private static EventType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return EventType.parse(value)
                .orElseThrow(() -> new InvalidParameterException(
                        "type",
                        "must be one of "
                                + String.join(
                                        ", ",
                                        Arrays.stream(EventType.values())
                                                .map(Enum::name)
                                                .toList())
                                + ", got '" + Abbreviation.of(value) + "'"));
    }

    private static EventCursor cursor(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EventCursor.decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(
                    "cursor",
                    "is not a cursor from a previous response (next_cursor), got '" + Abbreviation.of(value) + "'");
        }
    }
}
