package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.gazette.account.NewsroomUser;
import org.gazette.article.Article;
import org.gazette.article.ArticleHistory;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStore;
import org.gazette.article.EditConflictException;
import org.gazette.article.NoSuchArticleException;
import org.gazette.article.Revision;
import org.gazette.system.GazetteProperties;
import org.gazette.web.DateFormats;
import org.gazette.web.Texts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The history of an article: every revision, a diff between any two, and restoring one. */
@Controller
class RevisionsController {

    private final ArticleRepository articles;
    private final ArticleHistory history;
    private final ArticleStore store;
    private final ArticleAccess access;
    private final NewsroomFrames frames;
    private final GazetteProperties properties;

    RevisionsController(
            ArticleRepository articles,
            ArticleHistory history,
            ArticleStore store,
            ArticleAccess access,
            NewsroomFrames frames,
            GazetteProperties properties) {
        this.articles = articles;
        this.history = history;
        this.store = store;
        this.access = access;
        this.frames = frames;
        this.properties = properties;
    }

    @GetMapping("/newsroom/articles/{id}/revisions")
    String revisions(
            @PathVariable long id,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            Model model) {
        Article article = articles.findById(id).orElseThrow(() -> new NoSuchArticleException(id));
        access.requireView(user, article);
        NewsroomFrame frame = frames.frame(user, request, "nr.revisions.title", "articles", article.headline());
        Texts texts = frame.texts();
        DateFormats dates = new DateFormats(frame.lang(), properties.zone());
        List<Revision> revisions = history.revisions(id);
        List<RevisionsPage.Item> items = revisions.stream()
                .map(r -> new RevisionsPage.Item(
                        r.version(),
                        dates.dateTime(r.createdAt()),
                        r.actor(),
                        describe(r.summary(), texts),
                        r.version() == article.version()))
                .toList();
        List<DiffLine> diff = null;
        if (from != null && to != null) {
            Revision older = history.revision(id, Math.min(from, to)).orElse(null);
            Revision newer = history.revision(id, Math.max(from, to)).orElse(null);
            if (older != null && newer != null) {
                diff = DiffLine.between(older.asLines(), newer.asLines());
            }
        }
        model.addAttribute(
                "page",
                new RevisionsPage(frame, id, article.headline(), access.canEdit(user, article), items, from, to, diff));
        return "newsroom/revisions";
    }

    @PostMapping("/newsroom/articles/{id}/revisions/{version}/restore")
    String restore(
            @PathVariable long id,
            @PathVariable int version,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        Article article = articles.findById(id).orElseThrow(() -> new NoSuchArticleException(id));
        access.requireEdit(user, article);
        try {
            store.restore(id, version, user.actor());
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE, frames.texts(user, request).get("nr.revisions.restored", version));
        } catch (IllegalArgumentException | EditConflictException e) {
            redirect.addFlashAttribute(NewsroomFrames.ERROR, e.getMessage());
        }
        return "redirect:/newsroom/articles/" + id;
    }

    /** "status.published" → the translated "Published"; "restored:3" → "Restored revision 3". */
    static String describe(String summary, Texts texts) {
        int colon = summary.indexOf(':');
        if (colon > 0) {
            return texts.get("nr.revision." + summary.substring(0, colon), summary.substring(colon + 1));
        }
        return texts.get("nr.revision." + summary);
    }
}
