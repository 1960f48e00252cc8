package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.gazette.account.NewsroomUser;
import org.gazette.entity.EntityType;
import org.gazette.tagging.EntityDetails;
import org.gazette.tagging.EntityEditing;
import org.gazette.tagging.InvalidEntityEditException;
import org.gazette.text.Language;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /newsroom/entities} (editors): the people, organisations and places the tagger found, and the editors'
 * corrections of them: rename per language, correct the type, hide, merge, split, and fix single mentions. A
 * correction that cannot be made answers 400 with the page and the reason, having changed nothing.
 */
@Controller
class EntitiesController {

    private static final List<String> TYPES =
            Arrays.stream(EntityType.values()).map(Enum::name).toList();

    private final EntityEditing editing;
    private final NewsroomFrames frames;

    EntitiesController(EntityEditing editing, NewsroomFrames frames) {
        this.editing = editing;
        this.frames = frames;
    }

    @GetMapping("/newsroom/entities")
    String list(
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            Model model) {
        EntityType chosen = TYPES.contains(type) ? EntityType.valueOf(type) : null;
        NewsroomFrame frame = frames.frame(user, request, "nr.entities.title", "entities");
        model.addAttribute(
                "page",
                new EntitiesPage(
                        frame,
                        editing.list(query, chosen, Math.max(1, Math.min(page, 100_000))),
                        query == null ? "" : query,
                        chosen == null ? "" : chosen.name(),
                        TYPES));
        return "newsroom/entities";
    }

    @GetMapping("/newsroom/entities/{slug}")
    String show(
            @PathVariable String slug,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            Model model) {
        return page(slug, null, user, request, model);
    }

    @PostMapping("/newsroom/entities/{slug}/rename")
    ModelAndView rename(
            @PathVariable String slug,
            @RequestParam String lang,
            @RequestParam String name,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return act(slug, () -> editing.rename(slug, lang, name), "nr.entities.renamed", user, request, model, redirect);
    }

    @PostMapping("/newsroom/entities/{slug}/type")
    ModelAndView retype(
            @PathVariable String slug,
            @RequestParam String type,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return act(slug, () -> editing.retype(slug, type), "nr.entities.retyped", user, request, model, redirect);
    }

    @PostMapping("/newsroom/entities/{slug}/hide")
    ModelAndView hide(
            @PathVariable String slug,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return act(slug, () -> editing.hide(slug, true), "nr.entities.hidden", user, request, model, redirect);
    }

    @PostMapping("/newsroom/entities/{slug}/unhide")
    ModelAndView unhide(
            @PathVariable String slug,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return act(slug, () -> editing.hide(slug, false), "nr.entities.shown", user, request, model, redirect);
    }

    @PostMapping("/newsroom/entities/{slug}/merge")
    ModelAndView merge(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String into,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return act(slug, () -> editing.merge(slug, into), "nr.entities.merged", user, request, model, redirect);
    }

    @PostMapping("/newsroom/entities/{slug}/split")
    ModelAndView split(
            @PathVariable String slug,
            @RequestParam(name = "article", required = false) List<Long> articles,
            @RequestParam(defaultValue = "") String name,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return act(
                slug,
                () -> editing.split(slug, articles, name, user.getUsername()),
                "nr.entities.splitDone",
                user,
                request,
                model,
                redirect);
    }

    @PostMapping("/newsroom/entities/{slug}/mentions/ignore")
    ModelAndView ignoreMention(
            @PathVariable String slug,
            @RequestParam long article,
            @RequestParam int start,
            @RequestParam(defaultValue = "false") boolean everywhere,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return act(
                slug,
                () -> editing.ignoreMention(article, start, everywhere, user.getUsername()),
                "nr.entities.mentionFixed",
                user,
                request,
                model,
                redirect);
    }

    @PostMapping("/newsroom/entities/{slug}/mentions/link")
    ModelAndView linkMention(
            @PathVariable String slug,
            @RequestParam long article,
            @RequestParam int start,
            @RequestParam(defaultValue = "") String entity,
            @RequestParam(defaultValue = "false") boolean everywhere,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return act(
                slug,
                () -> editing.linkMention(article, start, entity, everywhere, user.getUsername()),
                "nr.entities.mentionFixed",
                user,
                request,
                model,
                redirect);
    }

    /**
     * Makes the correction and comes back to the entity's page with a notice; a correction that cannot be made
     * shows the page again with the reason, as 400 (plain 400 when the entity itself is unknown).
     */
    private ModelAndView act(
            String slug,
            Runnable action,
            String notice,
            NewsroomUser user,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        try {
            action.run();
        } catch (InvalidEntityEditException e) {
            String view = page(slug, e.getMessage(), user, request, model);
            return new ModelAndView(view, model.asMap(), HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute(
                NewsroomFrames.NOTICE, frames.texts(user, request).get(notice));
        return new ModelAndView("redirect:/newsroom/entities/" + URLEncoder.encode(slug, StandardCharsets.UTF_8));
    }

    private String page(String slug, String error, NewsroomUser user, HttpServletRequest request, Model model) {
        EntityDetails details;
        try {
            details = editing.details(slug);
        } catch (InvalidEntityEditException e) {
            throw new ResponseStatusException(
                    error == null ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, e.getMessage());
        }
        NewsroomFrame frame =
                frames.frame(user, request, "nr.entity.title", "entities", details.name(frame(user, request)));
        model.addAttribute(
                "page",
                new EntityPage(error == null ? frame : frame.withError(error), details, Language.SUPPORTED, TYPES));
        return "newsroom/entity";
    }

    private static String frame(NewsroomUser user, HttpServletRequest request) {
        return NewsroomFrames.language(user, request).code();
    }
}
