package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.gazette.account.NewsroomUser;
import org.gazette.article.Correction;
import org.gazette.system.GazetteProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The workflow buttons of the editor: each a small form that posts here and returns to the article. */
@Controller
class WorkflowController {

    private final Workflow workflow;
    private final NewsroomFrames frames;
    private final GazetteProperties properties;

    WorkflowController(Workflow workflow, NewsroomFrames frames, GazetteProperties properties) {
        this.workflow = workflow;
        this.frames = frames;
        this.properties = properties;
    }

    @PostMapping("/newsroom/articles/{id}/submit")
    String submit(
            @PathVariable long id,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, user, request, redirect, "nr.done.submitted", () -> workflow.submit(id, user));
    }

    @PostMapping("/newsroom/articles/{id}/return")
    String returnToDraft(
            @PathVariable long id,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, user, request, redirect, "nr.done.returned", () -> workflow.returnToDraft(id, user));
    }

    @PostMapping("/newsroom/articles/{id}/unschedule")
    String unschedule(
            @PathVariable long id,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, user, request, redirect, "nr.done.unscheduled", () -> workflow.returnToDraft(id, user));
    }

    /** {@code at} is a local date and time in the site's time zone, as an HTML datetime-local field sends it. */
    @PostMapping("/newsroom/articles/{id}/schedule")
    String schedule(
            @PathVariable long id,
            @RequestParam String at,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, user, request, redirect, "nr.done.scheduled", () -> {
            Instant when;
            try {
                when = LocalDateTime.parse(at.strip()).atZone(properties.zone()).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "the publication time must look like 2024-09-16T14:05, got '" + at + "'");
            }
            workflow.schedule(id, when, user);
        });
    }

    @PostMapping("/newsroom/articles/{id}/publish")
    String publish(
            @PathVariable long id,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, user, request, redirect, "nr.done.published", () -> workflow.publish(id, user));
    }

    @PostMapping("/newsroom/articles/{id}/unpublish")
    String unpublish(
            @PathVariable long id,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(id, user, request, redirect, "nr.done.unpublished", () -> workflow.unpublish(id, user));
    }

    @PostMapping("/newsroom/articles/{id}/delete")
    String delete(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String confirm,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!"yes".equals(confirm)) {
            redirect.addFlashAttribute(
                    NewsroomFrames.ERROR, frames.texts(user, request).get("nr.delete.confirmFirst"));
            return "redirect:/newsroom/articles/" + id;
        }
        workflow.delete(id, user);
        redirect.addFlashAttribute(
                NewsroomFrames.NOTICE, frames.texts(user, request).get("nr.done.deleted"));
        return "redirect:/newsroom/articles";
    }

    @PostMapping("/newsroom/articles/{id}/corrections")
    String correct(
            @PathVariable long id,
            @RequestParam String kind,
            @RequestParam String note,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return act(
                id,
                user,
                request,
                redirect,
                "nr.done.corrected",
                () -> workflow.correct(id, Correction.Kind.fromCode(kind), note, user));
    }

    private String act(
            long id,
            NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect,
            String doneKey,
            Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE, frames.texts(user, request).get(doneKey));
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute(NewsroomFrames.ERROR, e.getMessage());
        }
        return "redirect:/newsroom/articles/" + id;
    }
}
