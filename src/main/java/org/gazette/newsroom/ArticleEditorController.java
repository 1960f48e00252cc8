package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import org.gazette.account.NewsroomUser;
import org.gazette.article.Article;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStore;
import org.gazette.article.EditConflictException;
import org.gazette.article.InvalidArticleException;
import org.gazette.article.NoSuchArticleException;
import org.gazette.article.SaveOutcome;
import org.gazette.system.GazetteProperties;
import org.gazette.text.Language;
import org.gazette.text.Slug;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing and editing articles: the editor, creating and saving with conflict detection, and slugs.
 * The form is checked by {@link EditorForms}, the pages are built by {@link EditorPages}; previews
 * live in {@link ArticlePreviewController}.
 */
@Controller
class ArticleEditorController {

    private final SecureRandom random = new SecureRandom();
    private final ArticleRepository articles;
    private final ArticleStore store;
    private final ArticleAccess access;
    private final EditorForms forms;
    private final EditorPages pages;
    private final NewsroomFrames frames;
    private final GazetteProperties properties;
    private final Clock clock;

    ArticleEditorController(
            ArticleRepository articles,
            ArticleStore store,
            ArticleAccess access,
            EditorForms forms,
            EditorPages pages,
            NewsroomFrames frames,
            GazetteProperties properties,
            Clock clock) {
        this.articles = articles;
        this.store = store;
        this.access = access;
        this.forms = forms;
        this.pages = pages;
        this.frames = frames;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/newsroom/articles/new")
    String blank(
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) Long translationOf,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            Model model) {
        Language language = properties.serves(lang) ? Language.of(lang) : properties.defaultLanguage();
        ArticleForm form = new ArticleForm(
                "", null, "", "markdown", language.code(), null, null, user.displayName(), null, null, null, null, 0);
        if (translationOf != null) {
            Article original = require(translationOf);
            access.requireView(user, original);
            // a translation starts with the original's text to translate, and its section, terms and picture
            ArticleForm originalForm = ArticleForm.from(original);
            form = new ArticleForm(
                    original.headline(),
                    original.dek(),
                    original.bodySource(),
                    original.bodyFormat().code(),
                    language.code(),
                    original.section() == null ? null : original.section().slug(),
                    originalForm.tags(),
                    originalForm.authors(),
                    original.source() == null ? null : original.source().name(),
                    original.sourceUrl(),
                    original.externalId(),
                    originalForm.leadImageId(),
                    0);
        }
        model.addAttribute("page", pages.editor(null, form, user, request, "nr.editor.new"));
        return "newsroom/editor";
    }

    @PostMapping("/newsroom/articles")
    String create(
            @ModelAttribute ArticleForm form,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Instant now = clock.instant();
        String externalId = "gazette-" + LocalDate.ofInstant(now, properties.zone()) + "-"
                + HexFormat.of().formatHex(bytes(5));
        try {
            ArticleInput input = forms.readNew(form, externalId, now);
            SaveOutcome outcome = store.create(input, form.leadImage(), user.actor());
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE, frames.texts(user, request).get("nr.editor.created"));
            return "redirect:/newsroom/articles/" + outcome.articleId();
        } catch (InvalidArticleException | IllegalArgumentException e) {
            return pages.refused(null, form, e, user, request, response, model);
        }
    }

    @GetMapping("/newsroom/articles/{id}")
    String edit(
            @PathVariable long id,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            Model model) {
        Article article = require(id);
        access.requireView(user, article);
        model.addAttribute("page", pages.editor(article, ArticleForm.from(article), user, request, "nr.editor.edit"));
        return "newsroom/editor";
    }

    @PostMapping("/newsroom/articles/{id}")
    String save(
            @PathVariable long id,
            @ModelAttribute ArticleForm form,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Article article = require(id);
        access.requireEdit(user, article);
        try {
            ArticleInput input = forms.readChanges(form, article);
            SaveOutcome outcome = store.update(id, form.version(), input, form.leadImage(), user.actor());
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE,
                    frames.texts(user, request)
                            .get(
                                    outcome.change() == SaveOutcome.Change.UNCHANGED
                                            ? "nr.editor.unchanged"
                                            : "nr.editor.saved"));
            return "redirect:/newsroom/articles/" + id;
        } catch (EditConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("page", pages.conflict(require(id), form, user, request));
            return "newsroom/conflict";
        } catch (InvalidArticleException | IllegalArgumentException e) {
            return pages.refused(article, form, e, user, request, response, model);
        }
    }

    @PostMapping("/newsroom/articles/{id}/slug")
    String slug(
            @PathVariable long id,
            @RequestParam String slug,
            @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        Article article = require(id);
        access.requireEdit(user, article);
        try {
            store.changeSlug(id, new Slug(slug.strip()), user.actor());
            redirect.addFlashAttribute(
                    NewsroomFrames.NOTICE, frames.texts(user, request).get("nr.editor.slugChanged"));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute(NewsroomFrames.ERROR, e.getMessage());
        }
        return "redirect:/newsroom/articles/" + id;
    }

    private Article require(long id) {
        return articles.findById(id).orElseThrow(() -> new NoSuchArticleException(id));
    }

    private byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }
}
