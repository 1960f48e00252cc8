package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.gazette.account.NewsroomUser;
import org.gazette.article.Article;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleRepository;
import org.gazette.article.InvalidArticleException;
import org.gazette.article.NoSuchArticleException;
import org.gazette.site.ArticlePages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A story as readers would see it, built by the very code that builds the public page: a saved one,
 * the editor's unsaved changes to it, or a story not saved yet. Nothing is stored, and no preview is
 * indexed or cached.
 */
@Controller
class ArticlePreviewController {

    private final ArticleRepository articles;
    private final ArticleAccess access;
    private final EditorForms forms;
    private final UnsavedArticles unsaved;
    private final ArticlePages pages;
    private final EditorPages editorPages;
    private final Clock clock;

    ArticlePreviewController(
            ArticleRepository articles,
            ArticleAccess access,
            EditorForms forms,
            UnsavedArticles unsaved,
            ArticlePages pages,
            EditorPages editorPages,
            Clock clock) {
        this.articles = articles;
        this.access = access;
        this.forms = forms;
        this.unsaved = unsaved;
        this.pages = pages;
        this.editorPages = editorPages;
        this.clock = clock;
    }

    /** The article as readers would see it, from the very code that builds the public page. */
    @GetMapping("/newsroom/articles/{id}/preview")
    String preview(@PathVariable long id, @AuthenticationPrincipal NewsroomUser user, Model model) {
        Article article = require(id);
        access.requireView(user, article);
        var page = pages.build(article);
        model.addAttribute("page", page.withFrame(page.frame().notIndexed()));
        return "site/article";
    }

    /** The editor's unsaved fields as readers would see them; nothing is stored. */
    @PostMapping("/newsroom/articles/{id}/preview")
    String previewChanges(
            @PathVariable long id,
            @ModelAttribute ArticleForm form,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Article article = require(id);
        access.requireView(user, article);
        try {
            ArticleInput input = forms.readChanges(form, article);
            return show(unsaved.preview(article, input, form.leadImage()), response, model);
        } catch (InvalidArticleException | IllegalArgumentException e) {
            return editorPages.refused(article, form, e, user, request, response, model);
        }
    }

    /** A story not saved yet, as readers would see it if it were published now. */
    @PostMapping("/newsroom/articles/preview")
    String previewNew(
            @ModelAttribute ArticleForm form,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            ArticleInput input = forms.readNew(form, "unsaved", clock.instant());
            return show(unsaved.preview(null, input, form.leadImage()), response, model);
        } catch (InvalidArticleException | IllegalArgumentException e) {
            return editorPages.refused(null, form, e, user, request, response, model);
        }
    }

    private String show(Article article, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        var page = pages.build(article);
        model.addAttribute("page", page.withFrame(page.frame().notIndexed()));
        return "site/article";
    }

    private Article require(long id) {
        return articles.findById(id).orElseThrow(() -> new NoSuchArticleException(id));
    }
}
