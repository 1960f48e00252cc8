package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gazette.account.AuditLog;
import org.gazette.account.NewsroomUser;
import org.gazette.system.GazetteProperties;
import org.gazette.taxonomy.TermEditor;
import org.gazette.taxonomy.TermKind;
import org.gazette.taxonomy.TermRefusedException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /newsroom/terms/{tags|authors|sources}} (editors): the tags, bylines and credited sources
 * (news agencies) articles are filed under. Listed by name with how many articles carry each, filtered
 * by a part of the name or slug and paged, since tags run into the thousands; each can be renamed,
 * moved to another slug, merged into another or, when unused, deleted. A refused change shows the form
 * again with the reason, answered 400, 404 or 409.
 */
@Controller
class TermsController {

    static final int PAGE_SIZE = 50;
    private static final String KIND = "{kind:tags|authors|sources}";

    private final TermEditor editor;
    private final NewsroomFrames frames;
    private final GazetteProperties properties;
    private final AuditLog audit;

    TermsController(TermEditor editor, NewsroomFrames frames, GazetteProperties properties, AuditLog audit) {
        this.editor = editor;
        this.frames = frames;
        this.properties = properties;
        this.audit = audit;
    }

    @GetMapping("/newsroom/terms")
    String index() {
        return "redirect:/newsroom/terms/tags";
    }

    @GetMapping("/newsroom/terms/" + KIND)
    String list(
            @PathVariable String kind,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "1") String page,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("page", listing(kind(kind), q, sort, page, TermsPage.Form.EMPTY, user, request));
        return "newsroom/terms";
    }

    @PostMapping("/newsroom/terms/" + KIND)
    String create(
            @PathVariable String kind,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String slug,
            @RequestParam(defaultValue = "") String homepage,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        TermKind termKind = kind(kind);
        try {
            TermEditor.Term term = editor.create(termKind, name, slug, homepage);
            audit.record(user, AuditLog.Action.TERM_CREATED, target(termKind, term.slug()), term.name());
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE, frames.texts(user, request).get("nr.terms.created", term.name()));
            return "redirect:" + editPath(termKind, term.id());
        } catch (TermRefusedException | DataIntegrityViolationException | ConcurrencyFailureException e) {
            TermsPage page =
                    listing(termKind, "", "name", "1", new TermsPage.Form(name, slug, homepage), user, request);
            model.addAttribute("page", page.withError(refusal(e, page.frame(), response)));
            return "newsroom/terms";
        }
    }

    @GetMapping("/newsroom/terms/" + KIND + "/{id}")
    String edit(
            @PathVariable String kind,
            @PathVariable long id,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return show(kind(kind), id, null, null, null, user, request, response, model);
    }

    @PostMapping("/newsroom/terms/" + KIND + "/{id}")
    String save(
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String slug,
            @RequestParam(defaultValue = "") String homepage,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        TermKind termKind = kind(kind);
        try {
            TermEditor.Term before = editor.find(termKind, id).orElse(null);
            TermEditor.Term term = editor.update(termKind, id, name, slug, homepage);
            if (before != null
                    && !(before.name().equals(term.name()) && before.slug().equals(term.slug()))) {
                audit.record(
                        user,
                        AuditLog.Action.TERM_CHANGED,
                        target(termKind, before.slug()),
                        before.name() + " → " + term.name() + " (" + target(termKind, term.slug()) + ")");
            }
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE, frames.texts(user, request).get("nr.terms.saved"));
            return "redirect:" + editPath(termKind, id);
        } catch (TermRefusedException | DataIntegrityViolationException | ConcurrencyFailureException e) {
            return show(
                    termKind, id, new TermsPage.Form(name, slug, homepage), null, e, user, request, response, model);
        }
    }

    @PostMapping("/newsroom/terms/" + KIND + "/{id}/merge")
    String merge(
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String into,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        TermKind termKind = kind(kind);
        try {
            TermEditor.Merge merge = editor.merge(termKind, id, into);
            audit.record(
                    user,
                    AuditLog.Action.TERM_MERGED,
                    target(termKind, merge.merged().slug()),
                    merge.merged().name() + " → " + merge.target().name() + " ("
                            + target(termKind, merge.target().slug()) + "), " + merge.articlesMoved() + " articles");
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE,
                    frames.texts(user, request)
                            .get(
                                    "nr.terms.merged",
                                    merge.merged().name(),
                                    merge.target().name(),
                                    merge.articlesMoved()));
            return "redirect:" + editPath(termKind, merge.target().id());
        } catch (TermRefusedException | DataIntegrityViolationException | ConcurrencyFailureException e) {
            return show(termKind, id, null, into, e, user, request, response, model);
        }
    }

    @PostMapping("/newsroom/terms/" + KIND + "/{id}/delete")
    String delete(
            @PathVariable String kind,
            @PathVariable long id,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        TermKind termKind = kind(kind);
        try {
            TermEditor.Term term = editor.delete(termKind, id);
            audit.record(user, AuditLog.Action.TERM_DELETED, target(termKind, term.slug()), term.name());
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE, frames.texts(user, request).get("nr.terms.deleted", term.name()));
            return "redirect:/newsroom/terms/" + termKind.plural();
        } catch (TermRefusedException | DataIntegrityViolationException | ConcurrencyFailureException e) {
            return show(termKind, id, null, null, e, user, request, response, model);
        }
    }

    /**
     * The term's page, with the editor's input kept in the forms and the reason a change was refused;
     * a term that does not exist (any more) shows the list with that reason instead.
     */
    private String show(
            TermKind kind,
            long id,
            TermsPage.Form form,
            String mergeInto,
            RuntimeException refused,
            NewsroomUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        TermEditor.Term term = editor.find(kind, id).orElse(null);
        if (term == null) {
            TermsPage page = listing(kind, "", "name", "1", TermsPage.Form.EMPTY, user, request);
            RuntimeException reason =
                    refused instanceof TermRefusedException r && r.reason() == TermRefusedException.Reason.NOT_FOUND
                            ? r
                            : TermRefusedException.noSuchTerm(kind, id);
            model.addAttribute("page", page.withError(refusal(reason, page.frame(), response)));
            return "newsroom/terms";
        }
        NewsroomFrame frame = frames.frame(user, request, "nr.terms.edit", "terms", term.name());
        TermsPage.Form values = form == null ? new TermsPage.Form(term.name(), term.slug(), term.homepage()) : form;
        TermPage page = new TermPage(
                frame,
                kind.plural(),
                TermsPage.row(term, kind, properties.defaultLanguage()),
                values,
                mergeInto == null ? "" : mergeInto,
                kind == TermKind.SOURCE);
        if (refused != null) {
            page = page.withError(refusal(refused, frame, response));
        }
        model.addAttribute("page", page);
        return "newsroom/term";
    }

    private TermsPage listing(
            TermKind kind,
            String filter,
            String sort,
            String pageNumber,
            TermsPage.Form form,
            NewsroomUser user,
            HttpServletRequest request) {
        NewsroomFrame frame = frames.frame(user, request, "nr.terms." + kind.plural(), "terms");
        TermEditor.Order order = "articles".equals(sort) ? TermEditor.Order.ARTICLES : TermEditor.Order.NAME;
        int number = pageNumber(pageNumber);
        TermEditor.Listing listing = editor.list(kind, filter, order, (number - 1) * PAGE_SIZE, PAGE_SIZE);
        String base = "/newsroom/terms/" + kind.plural() + "?q="
                + java.net.URLEncoder.encode(filter.strip(), java.nio.charset.StandardCharsets.UTF_8) + "&sort="
                + (order == TermEditor.Order.ARTICLES ? "articles" : "name") + "&page=";
        return new TermsPage(
                frame,
                kind.plural(),
                listing.terms().stream()
                        .map(t -> TermsPage.row(t, kind, properties.defaultLanguage()))
                        .toList(),
                filter.strip(),
                order == TermEditor.Order.ARTICLES ? "articles" : "name",
                number > 1 ? base + (number - 1) : null,
                listing.more() ? base + (number + 1) : null,
                form,
                kind == TermKind.SOURCE);
    }

    /** The message for a refused change, in the editor's language; sets the status it deserves. */
    static String refusal(RuntimeException e, NewsroomFrame frame, HttpServletResponse response) {
        if (e instanceof TermRefusedException refused) {
            response.setStatus(refused.reason().status());
            return frame.texts().get(refused.messageKey(), refused.arguments());
        }
        // a concurrent change got there first (a term taken or used meanwhile, a lock lost); nothing was written
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return frame.texts().get("nr.terms.error.concurrent");
    }

    private static int pageNumber(String value) {
        try {
            int number = Integer.parseInt(value.strip());
            return number >= 1 && number <= 100_000 ? number : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static TermKind kind(String plural) {
        // the route admits only tags, authors and sources
        return TermKind.fromPlural(plural).orElseThrow();
    }

    static String editPath(TermKind kind, long id) {
        return "/newsroom/terms/" + kind.plural() + "/" + id;
    }

    /** How a term is named in the audit log: {@code tag:cop29}. */
    static String target(TermKind kind, String slug) {
        return kind.code() + ":" + slug;
    }
}
