package org.gazette.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.List;
import org.gazette.account.AuditLog;
import org.gazette.account.NewsroomUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/sources}, {@code GET /api/v1/sources} and each source's {@code /poll}, {@code /pause}
 * and {@code /resume}: the wire desk's sources, for editors' tokens. A new or resumed source is polled at once.
 */
@RestController
class WireSourceApiController {

    private final WireSources sources;
    private final WirePoller poller;
    private final AuditLog audit;

    WireSourceApiController(WireSources sources, WirePoller poller, AuditLog audit) {
        this.sources = sources;
        this.poller = poller;
        this.audit = audit;
    }

    /** A source in the API, field names as in the contract. */
    record SourceJson(
            long id,
            String name,
            String homepage,
            @JsonProperty("feed_url") String feedUrl,
            String format,
            @JsonProperty("interval_seconds") int intervalSeconds,
            String lang,
            String section,
            @JsonProperty("auto_publish") boolean autoPublish,
            boolean enabled,
            StatusJson status) {

        static SourceJson from(WireSource s) {
            return new SourceJson(
                    s.id(),
                    s.name(),
                    s.homepage(),
                    s.feedUrl(),
                    s.format(),
                    s.intervalSeconds(),
                    s.lang(),
                    s.section(),
                    s.autoPublish(),
                    s.enabled(),
                    new StatusJson(
                            s.state(),
                            text(s.lastPolledAt()),
                            text(s.lastSuccessAt()),
                            s.lastError(),
                            s.itemsImported(),
                            s.itemsRefused()));
        }

        private static String text(java.time.Instant instant) {
            return instant == null ? null : instant.toString();
        }
    }

    /**
     * How the source's polling went: {@code state} is "never polled", "ok", "not modified", "failed",
     * "circuit open" or "paused"; {@code last_error} is the reason of the last failure (or refused item).
     */
    record StatusJson(
            String state,
            @JsonProperty("last_polled_at") String lastPolledAt,
            @JsonProperty("last_success_at") String lastSuccessAt,
            @JsonProperty("last_error") String lastError,
            @JsonProperty("items_imported") long itemsImported,
            @JsonProperty("items_refused") long itemsRefused) {}

    /** The request body; {@code interval_seconds} defaults to 300. */
    record SourceRequest(
            String name,
            String homepage,
            @JsonProperty("feed_url") String feedUrl,
            String format,
            @JsonProperty("interval_seconds") Integer intervalSeconds,
            String lang,
            String section,
            @JsonProperty("auto_publish") Boolean autoPublish) {}

    @GetMapping("/api/v1/sources")
    List<SourceJson> list() {
        return sources.all().stream().map(SourceJson::from).toList();
    }

    @GetMapping("/api/v1/sources/{id}")
    ResponseEntity<SourceJson> one(@PathVariable long id) {
        return sources.find(id)
                .map(s -> ResponseEntity.ok(SourceJson.from(s)))
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/api/v1/sources")
    ResponseEntity<SourceJson> create(@RequestBody SourceRequest body, @AuthenticationPrincipal NewsroomUser user) {
        WireSource created = sources.create(new WireSources.Draft(
                body.name(),
                body.homepage(),
                body.feedUrl(),
                body.format(),
                body.intervalSeconds() == null ? 300 : body.intervalSeconds(),
                body.lang(),
                body.section(),
                body.autoPublish()));
        audit.record(user, AuditLog.Action.SOURCE_CREATED, created.name(), created.feedUrl());
        poller.pollSoon(created.id());
        return ResponseEntity.created(URI.create("/api/v1/sources/" + created.id()))
                .body(SourceJson.from(created));
    }

    /** Polls the source now (in the background): 202 with the source as it stands. */
    @PostMapping("/api/v1/sources/{id}/poll")
    ResponseEntity<SourceJson> poll(@PathVariable long id, @AuthenticationPrincipal NewsroomUser user) {
        WireSource source = sources.find(id).orElseThrow(() -> new NoSuchSourceException(id));
        if (!source.enabled()) {
            throw new InvalidSourceException("enabled", "the source is paused; resume it to poll it");
        }
        poller.pollSoon(id);
        audit.record(user, AuditLog.Action.SOURCE_POLLED, source.name(), source.feedUrl());
        return ResponseEntity.accepted().body(SourceJson.from(source));
    }

    @PostMapping("/api/v1/sources/{id}/pause")
    SourceJson pause(@PathVariable long id, @AuthenticationPrincipal NewsroomUser user) {
        if (!sources.setEnabled(id, false)) {
            throw new NoSuchSourceException(id);
        }
        WireSource source = sources.find(id).orElseThrow(() -> new NoSuchSourceException(id));
        audit.record(user, AuditLog.Action.SOURCE_PAUSED, source.name(), source.feedUrl());
        return SourceJson.from(source);
    }

    /** Resumes a paused source and polls it at once. */
    @PostMapping("/api/v1/sources/{id}/resume")
    SourceJson resume(@PathVariable long id, @AuthenticationPrincipal NewsroomUser user) {
        if (!sources.setEnabled(id, true)) {
            throw new NoSuchSourceException(id);
        }
        WireSource source = sources.find(id).orElseThrow(() -> new NoSuchSourceException(id));
        poller.pollSoon(id);
        audit.record(user, AuditLog.Action.SOURCE_RESUMED, source.name(), source.feedUrl());
        return SourceJson.from(source);
    }

    @ExceptionHandler(NoSuchSourceException.class)
    ProblemDetail missing(NoSuchSourceException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("No such source");
        return problem;
    }

    @ExceptionHandler(InvalidSourceException.class)
    ProblemDetail invalid(InvalidSourceException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid source");
        problem.setProperty("field", e.field());
        return problem;
    }
}
