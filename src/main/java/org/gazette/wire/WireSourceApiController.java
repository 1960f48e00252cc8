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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/sources} and {@code GET /api/v1/sources}: the wire desk's sources, for editors' tokens. */
@RestController
class WireSourceApiController {

    private final WireSources sources;
    private final AuditLog audit;

    WireSourceApiController(WireSources sources, AuditLog audit) {
        this.sources = sources;
        this.audit = audit;
    }

    /** A source in the API, field names as in the contract. */
    record SourceJson(long id, String name, String homepage, @JsonProperty("feed_url") String feedUrl, String format,
            @JsonProperty("interval_seconds") int intervalSeconds, String lang, String section,
            @JsonProperty("auto_publish") boolean autoPublish, boolean enabled, StatusJson status) {

        static SourceJson from(WireSource s) {
            return new SourceJson(s.id(), s.name(), s.homepage(), s.feedUrl(), s.format(), s.intervalSeconds(),
                    s.lang(), s.section(), s.autoPublish(), s.enabled(),
                    new StatusJson(s.lastPolledAt() == null ? "never polled" : s.lastStatus(),
                            s.lastPolledAt() == null ? null : s.lastPolledAt().toString(), s.lastError(),
                            s.itemsImported()));
        }
    }

    /** How the source's polling went; before the wire desk polls, "never polled". */
    record StatusJson(String state, @JsonProperty("last_polled_at") String lastPolledAt,
            @JsonProperty("last_error") String lastError, @JsonProperty("items_imported") long itemsImported) {
    }

    /** The request body; {@code interval_seconds} defaults to 300. */
    record SourceRequest(String name, String homepage, @JsonProperty("feed_url") String feedUrl, String format,
            @JsonProperty("interval_seconds") Integer intervalSeconds, String lang, String section,
            @JsonProperty("auto_publish") Boolean autoPublish) {
    }

    @GetMapping("/api/v1/sources")
    List<SourceJson> list() {
        return sources.all().stream().map(SourceJson::from).toList();
    }

    @GetMapping("/api/v1/sources/{id}")
    ResponseEntity<SourceJson> one(@org.springframework.web.bind.annotation.PathVariable long id) {
        return sources.find(id).map(s -> ResponseEntity.ok(SourceJson.from(s)))
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/api/v1/sources")
    ResponseEntity<SourceJson> create(@RequestBody SourceRequest body, @AuthenticationPrincipal NewsroomUser user) {
        WireSource created = sources.create(new WireSources.Draft(body.name(), body.homepage(), body.feedUrl(),
                body.format(), body.intervalSeconds() == null ? 300 : body.intervalSeconds(), body.lang(),
                body.section(), body.autoPublish()));
        audit.record(user, AuditLog.Action.SOURCE_CREATED, created.name(), created.feedUrl());
        return ResponseEntity.created(URI.create("/api/v1/sources/" + created.id())).body(SourceJson.from(created));
    }

    @ExceptionHandler(InvalidSourceException.class)
    ProblemDetail invalid(InvalidSourceException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid source");
        problem.setProperty("field", e.field());
        return problem;
    }
}
