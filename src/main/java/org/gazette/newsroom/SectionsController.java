package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gazette.account.AuditLog;
import org.gazette.account.NewsroomUser;
import org.gazette.system.GazetteProperties;
import org.gazette.taxonomy.SectionEditor;
import org.gazette.taxonomy.TermKind;
import org.gazette.taxonomy.TermRefusedException;
import org.gazette.text.Language;
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
 * {@code /newsroom/sections} (editors): the sections with how many articles each holds; add one, name
 * it in each language, order the menu, move it to another slug (the old address redirects) and delete
 * one that holds nothing. A refused change shows the form again with the reason, answered 400, 404 or
 * 409.
 */
@Controller
class SectionsController {

    private final SectionEditor editor;
    private final NewsroomFrames frames;
    private final GazetteProperties properties;
    private final AuditLog audit;

    SectionsController(SectionEditor editor, NewsroomFrames frames, GazetteProperties properties, AuditLog audit) {
        this.editor = editor;
        this.frames = frames;
        this.properties = properties;
        this.audit = audit;
    }

    @GetMapping("/newsroom/sections")
    String list(@AuthenticationPrincipal NewsroomUser user, HttpServletRequest request, Model model) {
        model.addAttribute("page", listing(SectionsPage.Form.empty(), user, request));
        return "newsroom/sections";
    }

    @PostMapping("/newsroom/sections")
    String create(
            @RequestParam(defaultValue = "") String slug,
            @RequestParam(defaultValue = "100") String position,
            @RequestParam Map<String, String> fields,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        SectionsPage.Form form = SectionsPage.Form.of(slug, position, fields);
        try {
            SectionEditor.SectionTerm section = editor.create(slug, position(position), names(fields));
            audit.record(
                    user, AuditLog.Action.TERM_CREATED, TermsController.target(TermKind.SECTION, section.slug()), null);
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE, frames.texts(user, request).get("nr.sections.saved"));
            return "redirect:/newsroom/sections/" + section.id();
        } catch (TermRefusedException | DataIntegrityViolationException | ConcurrencyFailureException e) {
            SectionsPage page = listing(form, user, request);
            model.addAttribute("page", page.withError(TermsController.refusal(e, page.frame(), response)));
            return "newsroom/sections";
        }
    }

    @GetMapping("/newsroom/sections/{id}")
    String edit(
            @PathVariable long id,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return show(id, null, null, user, request, response, model);
    }

    @PostMapping("/newsroom/sections/{id}")
    String save(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String slug,
            @RequestParam(defaultValue = "100") String position,
            @RequestParam Map<String, String> fields,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            SectionEditor.SectionTerm before = editor.find(id).orElse(null);
            SectionEditor.SectionTerm section = editor.update(id, slug, position(position), names(fields));
            if (before != null
                    && !(before.slug().equals(section.slug()) && before.names().equals(section.names()))) {
                audit.record(
                        user,
                        AuditLog.Action.TERM_CHANGED,
                        TermsController.target(TermKind.SECTION, before.slug()),
                        before.names() + " → " + section.names() + " ("
                                + TermsController.target(TermKind.SECTION, section.slug()) + ")");
            }
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE, frames.texts(user, request).get("nr.sections.saved"));
            return "redirect:/newsroom/sections/" + id;
        } catch (TermRefusedException | DataIntegrityViolationException | ConcurrencyFailureException e) {
            return show(id, SectionsPage.Form.of(slug, position, fields), e, user, request, response, model);
        }
    }

    @PostMapping("/newsroom/sections/{id}/delete")
    String delete(
            @PathVariable long id,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            SectionEditor.SectionTerm section = editor.delete(id);
            audit.record(
                    user,
                    AuditLog.Action.TERM_DELETED,
                    TermsController.target(TermKind.SECTION, section.slug()),
                    section.name(properties.defaultLanguage().code()));
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE, frames.texts(user, request).get("nr.sections.deleted", section.slug()));
            return "redirect:/newsroom/sections";
        } catch (TermRefusedException | DataIntegrityViolationException | ConcurrencyFailureException e) {
            return show(id, null, e, user, request, response, model);
        }
    }

    private String show(
            long id,
            SectionsPage.Form form,
            RuntimeException refused,
            NewsroomUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        SectionEditor.SectionTerm section = editor.find(id).orElse(null);
        if (section == null) {
            SectionsPage page = listing(SectionsPage.Form.empty(), user, request);
            RuntimeException reason =
                    refused instanceof TermRefusedException r && r.reason() == TermRefusedException.Reason.NOT_FOUND
                            ? r
                            : TermRefusedException.noSuchTerm(TermKind.SECTION, id);
            model.addAttribute("page", page.withError(TermsController.refusal(reason, page.frame(), response)));
            return "newsroom/sections";
        }
        NewsroomFrame frame = frames.frame(user, request, "nr.sections.edit", "sections", section.slug());
        SectionPage page = new SectionPage(
                frame,
                SectionsPage.row(section, properties.defaultLanguage()),
                Language.SUPPORTED,
                form == null ? SectionsPage.Form.of(section) : form);
        if (refused != null) {
            page = page.withError(TermsController.refusal(refused, frame, response));
        }
        model.addAttribute("page", page);
        return "newsroom/section";
    }

    private SectionsPage listing(SectionsPage.Form form, NewsroomUser user, HttpServletRequest request) {
        NewsroomFrame frame = frames.frame(user, request, "nr.sections.title", "sections");
        return new SectionsPage(
                frame,
                editor.all().stream()
                        .map(s -> SectionsPage.row(s, properties.defaultLanguage()))
                        .toList(),
                Language.SUPPORTED,
                form);
    }

    private static Map<Language, String> names(Map<String, String> fields) {
        Map<Language, String> names = new LinkedHashMap<>();
        for (String code : Language.SUPPORTED) {
            names.put(Language.of(code), fields.get("name_" + code));
        }
        return names;
    }

    /** The menu order as typed: a whole number (the editor checks its range). */
    private static int position(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw TermRefusedException.badPosition(value, SectionEditor.MAX_POSITION);
        }
    }
}
