package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.gazette.account.AuditLog;
import org.gazette.account.NewsroomUser;
import org.gazette.article.BodyRenderer;
import org.gazette.wire.InvalidItemException;
import org.gazette.wire.WireDesk;
import org.gazette.wire.WireQueue;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /newsroom/wire} (editors): items waiting for review, and taking one into a draft. */
@Controller
class WireQueueController {

    private final WireQueue queue;
    private final WireDesk desk;
    private final BodyRenderer renderer;
    private final NewsroomFrames frames;
    private final AuditLog audit;

    WireQueueController(WireQueue queue, WireDesk desk, BodyRenderer renderer, NewsroomFrames frames, AuditLog audit) {
        this.queue = queue;
        this.desk = desk;
        this.renderer = renderer;
        this.frames = frames;
        this.audit = audit;
    }

    @GetMapping("/newsroom/wire")
    String list(@AuthenticationPrincipal NewsroomUser user, HttpServletRequest request, Model model) {
        NewsroomFrame frame = frames.frame(user, request, "nr.wire.title", "wire");
        List<WireQueuePage.Entry> entries = new ArrayList<>();
        for (WireQueue.QueuedItem item : queue.waiting()) {
            List<String> bodies = new ArrayList<>();
            bodies.add(renderer.sanitize(item.latest().bodyHtml()));
            item.earlier().forEach(version -> bodies.add(renderer.sanitize(version.bodyHtml())));
            entries.add(new WireQueuePage.Entry(item, bodies));
        }
        model.addAttribute("page", new WireQueuePage(frame, entries));
        return "newsroom/wire";
    }

    /** Makes a draft of the item and opens it in the editor; a refusal comes back to the queue as an error. */
    @PostMapping("/newsroom/wire/{id}/take")
    String take(
            @PathVariable long id,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            long articleId = desk.takeIntoDraft(id, user.actor());
            audit.record(user, AuditLog.Action.WIRE_ITEM_TAKEN, "article " + articleId, "wire item " + id);
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE, frames.texts(user, request).get("nr.wire.taken"));
            return "redirect:/newsroom/articles/" + articleId;
        } catch (InvalidItemException e) {
            redirect.addFlashAttribute(NewsroomFrames.ERROR, e.getMessage());
            return "redirect:/newsroom/wire";
        }
    }
}
