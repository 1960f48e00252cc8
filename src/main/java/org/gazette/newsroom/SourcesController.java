package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import org.gazette.account.AuditLog;
import org.gazette.account.NewsroomUser;
import org.gazette.system.GazetteProperties;
import org.gazette.taxonomy.TaxonomyRepository;
import org.gazette.web.Link;
import org.gazette.wire.InvalidSourceException;
import org.gazette.wire.WirePoller;
import org.gazette.wire.WireSource;
import org.gazette.wire.WireSources;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /newsroom/sources} (editors): the wire desk's feeds. */
@Controller
class SourcesController {

    private final WireSources sources;
    private final NewsroomFrames frames;
    private final GazetteProperties properties;
    private final TaxonomyRepository taxonomy;
    private final AuditLog audit;
    private final WirePoller poller;

    SourcesController(
            WireSources sources,
            NewsroomFrames frames,
            GazetteProperties properties,
            TaxonomyRepository taxonomy,
            AuditLog audit,
            WirePoller poller) {
        this.poller = poller;
        this.sources = sources;
        this.frames = frames;
        this.properties = properties;
        this.taxonomy = taxonomy;
        this.audit = audit;
    }

    @GetMapping("/newsroom/sources")
    String list(@AuthenticationPrincipal NewsroomUser user, HttpServletRequest request, Model model) {
        NewsroomFrame frame = frames.frame(user, request, "nr.sources.title", "sources");
        model.addAttribute(
                "page",
                new SourcesPage(
                        frame,
                        sources.all(),
                        WireSources.FORMATS,
                        properties.siteLanguages().stream()
                                .map(l -> new Link(l.code(), frame.texts().languageName(l)))
                                .toList(),
                        taxonomy.sections(frame.lang()).stream()
                                .map(s -> new Link(s.slug(), s.name()))
                                .toList()));
        return "newsroom/sources";
    }

    @PostMapping("/newsroom/sources")
    String create(
            @RequestParam String name,
            @RequestParam(required = false) String homepage,
            @RequestParam String feedUrl,
            @RequestParam String format,
            @RequestParam(defaultValue = "300") Integer intervalSeconds,
            @RequestParam String lang,
            @RequestParam(required = false) String section,
            @RequestParam(defaultValue = "false") boolean autoPublish,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            WireSource created = sources.create(new WireSources.Draft(
                    name, homepage, feedUrl, format, intervalSeconds, lang, section, autoPublish));
            audit.record(user, AuditLog.Action.SOURCE_CREATED, created.name(), created.feedUrl());
            poller.pollSoon(created.id());
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE, frames.texts(user, request).get("nr.sources.created"));
        } catch (InvalidSourceException e) {
            redirect.addFlashAttribute(NewsroomFrames.ERROR, e.getMessage());
        }
        return "redirect:/newsroom/sources";
    }

    @PostMapping("/newsroom/sources/{id}/poll")
    String poll(
            @PathVariable long id,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, "poll", user, request, redirect);
    }

    @PostMapping("/newsroom/sources/{id}/pause")
    String pause(
            @PathVariable long id,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, "pause", user, request, redirect);
    }

    @PostMapping("/newsroom/sources/{id}/resume")
    String resume(
            @PathVariable long id,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, "resume", user, request, redirect);
    }

    /** Poll now, pause or resume: each acts on one source and comes back to the list with a notice. */
    private String act(
            long id, String action, NewsroomUser user, HttpServletRequest request, RedirectAttributes redirect) {
        WireSource source = sources.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no wire source " + id));
        String notice;
        switch (action) {
            case "pause" -> {
                sources.setEnabled(id, false);
                audit.record(user, AuditLog.Action.SOURCE_PAUSED, source.name(), source.feedUrl());
                notice = "nr.sources.paused";
            }
            case "resume" -> {
                sources.setEnabled(id, true);
                poller.pollSoon(id);
                audit.record(user, AuditLog.Action.SOURCE_RESUMED, source.name(), source.feedUrl());
                notice = "nr.sources.resumed";
            }
            default -> {
                if (source.enabled()) {
                    poller.pollSoon(id);
                    audit.record(user, AuditLog.Action.SOURCE_POLLED, source.name(), source.feedUrl());
                }
                notice = "nr.sources.pollStarted";
            }
        }
        redirect.addFlashAttribute(
                NewsroomFrames.NOTICE, frames.texts(user, request).get(notice));
        return "redirect:/newsroom/sources";
    }
}
