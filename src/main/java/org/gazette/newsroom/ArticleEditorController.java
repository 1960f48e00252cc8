package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.gazette.account.NewsroomUser;
import org.gazette.account.Role;
import org.gazette.article.Article;
import org.gazette.article.ArticleHistory;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.article.ArticleSummary;
import org.gazette.article.ArticleValidator;
import org.gazette.article.EditConflictException;
import org.gazette.article.InvalidArticleException;
import org.gazette.article.NoSuchArticleException;
import org.gazette.article.Revision;
import org.gazette.article.SaveOutcome;
import org.gazette.media.ImageLibrary;
import org.gazette.site.ArticlePages;
import org.gazette.system.GazetteProperties;
import org.gazette.taxonomy.TaxonomyRepository;
import org.gazette.text.Language;
import org.gazette.text.Slug;
import org.gazette.web.DateFormats;
import org.gazette.web.Link;
import org.gazette.web.SiteLinks;
import org.gazette.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing and editing articles: the editor, saving with conflict detection, the preview, slugs, tag suggestions. */
@Controller
class ArticleEditorController {

    private final SecureRandom random = new SecureRandom();
    private final ArticleRepository articles;
    private final ArticleStore store;
    private final ArticleHistory history;
    private final ArticleValidator validator;
    private final ArticleAccess access;
    private final ArticlePages pages;
    private final NewsroomFrames frames;
    private final NewsroomArticles newsroomArticles;
    private final TaxonomyRepository taxonomy;
    private final ImageLibrary images;
    private final GazetteProperties properties;
    private final UnsavedArticles unsaved;
    private final Clock clock;

    ArticleEditorController(ArticleRepository articles, ArticleStore store, ArticleHistory history,
            ArticleValidator validator, ArticleAccess access, ArticlePages pages, NewsroomFrames frames,
            NewsroomArticles newsroomArticles, TaxonomyRepository taxonomy, ImageLibrary images,
            GazetteProperties properties, UnsavedArticles unsaved, Clock clock) {
        this.articles = articles;
        this.store = store;
        this.history = history;
        this.validator = validator;
        this.access = access;
        this.pages = pages;
        this.frames = frames;
        this.newsroomArticles = newsroomArticles;
        this.taxonomy = taxonomy;
        this.images = images;
        this.properties = properties;
        this.unsaved = unsaved;
        this.clock = clock;
    }

    @GetMapping("/newsroom/articles/new")
    String blank(@RequestParam(required = false) String lang, @RequestParam(required = false) Long translationOf,
            @AuthenticationPrincipal NewsroomUser user, HttpServletRequest request, Model model) {
        Language language = properties.serves(lang) ? Language.of(lang) : properties.defaultLanguage();
        ArticleForm form = new ArticleForm("", null, "", "markdown", language.code(), null, null, user.displayName(),
                null, null, null, null, 0);
        if (translationOf != null) {
            Article original = articles.findById(translationOf).orElseThrow(() -> new NoSuchArticleException(translationOf));
            access.requireView(user, original);
            // a translation starts with the original's text to translate, and its section, terms and picture
            form = new ArticleForm(original.headline(), original.dek(), original.bodySource(),
                    original.bodyFormat().code(), language.code(),
                    original.section() == null ? null : original.section().slug(),
                    ArticleForm.from(original).tags(), ArticleForm.from(original).authors(),
                    original.source() == null ? null : original.source().name(), original.sourceUrl(),
                    original.externalId(), ArticleForm.from(original).leadImageId(), 0);
        }
        model.addAttribute("page", editor(null, form, user, request, "nr.editor.new"));
        return "newsroom/editor";
    }

    @PostMapping("/newsroom/articles")
    String create(@ModelAttribute ArticleForm form, @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Instant now = clock.instant();
        String externalId = "gazette-" + LocalDate.ofInstant(now, properties.zone()) + "-"
                + HexFormat.of().formatHex(bytes(5));
        try {
            ArticleInput input = validator.validate(form.toSubmission(externalId, now, null), ArticleStatus.DRAFT);
            checkImage(form.leadImage());
            SaveOutcome outcome = store.create(input, form.leadImage(), user.actor());
            redirect.addFlashAttribute(NewsroomFrames.NOTICE, frames.texts(user, request).get("nr.editor.created"));
            return "redirect:/newsroom/articles/" + outcome.articleId();
        } catch (InvalidArticleException | IllegalArgumentException e) {
            return refused(null, form, e, user, request, response, model);
        }
    }

    @GetMapping("/newsroom/articles/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal NewsroomUser user, HttpServletRequest request,
            Model model) {
        Article article = require(id);
        access.requireView(user, article);
        model.addAttribute("page", editor(article, ArticleForm.from(article), user, request, "nr.editor.edit"));
        return "newsroom/editor";
    }

    @PostMapping("/newsroom/articles/{id}")
    String save(@PathVariable long id, @ModelAttribute ArticleForm form, @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Article article = require(id);
        access.requireEdit(user, article);
        try {
            ArticleInput input = validator.validate(
                    form.toSubmission(article.externalId(), article.publishedAt(), article.updatedAt()),
                    article.status());
            checkImage(form.leadImage());
            SaveOutcome outcome = store.update(id, form.version(), input, form.leadImage(), user.actor());
            redirect.addFlashAttribute(NewsroomFrames.NOTICE, frames.texts(user, request).get(
                    outcome.change() == SaveOutcome.Change.UNCHANGED ? "nr.editor.unchanged" : "nr.editor.saved"));
            return "redirect:/newsroom/articles/" + id;
        } catch (EditConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("page", conflict(require(id), form, user, request));
            return "newsroom/conflict";
        } catch (InvalidArticleException | IllegalArgumentException e) {
            return refused(article, form, e, user, request, response, model);
        }
    }

    @PostMapping("/newsroom/articles/{id}/slug")
    String slug(@PathVariable long id, @RequestParam String slug, @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request, RedirectAttributes redirect) {
        Article article = require(id);
        access.requireEdit(user, article);
        Texts texts = frames.texts(user, request);
        try {
            store.changeSlug(id, new Slug(slug.strip()), user.actor());
            redirect.addFlashAttribute(NewsroomFrames.NOTICE, texts.get("nr.editor.slugChanged"));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute(NewsroomFrames.ERROR, e.getMessage());
        }
        return "redirect:/newsroom/articles/" + id;
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
    String previewChanges(@PathVariable long id, @ModelAttribute ArticleForm form,
            @AuthenticationPrincipal NewsroomUser user, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Article article = require(id);
        access.requireView(user, article);
        try {
            ArticleInput input = validator.validate(
                    form.toSubmission(article.externalId(), article.publishedAt(), article.updatedAt()),
                    article.status());
            checkImage(form.leadImage());
            return showPreview(unsaved.preview(article, input, form.leadImage()), response, model);
        } catch (InvalidArticleException | IllegalArgumentException e) {
            return refused(article, form, e, user, request, response, model);
        }
    }

    /** A story not saved yet, as readers would see it if it were published now. */
    @PostMapping("/newsroom/articles/preview")
    String previewNew(@ModelAttribute ArticleForm form, @AuthenticationPrincipal NewsroomUser user,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            ArticleInput input = validator.validate(form.toSubmission("unsaved", clock.instant(), null),
                    ArticleStatus.DRAFT);
            checkImage(form.leadImage());
            return showPreview(unsaved.preview(null, input, form.leadImage()), response, model);
        } catch (InvalidArticleException | IllegalArgumentException e) {
            return refused(null, form, e, user, request, response, model);
        }
    }

    private String showPreview(Article article, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        var page = pages.build(article);
        model.addAttribute("page", page.withFrame(page.frame().notIndexed()));
        return "site/article";
    }

    @GetMapping(path = "/newsroom/tags", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<List<String>> tags(@RequestParam(defaultValue = "") String q) {
        if (q.isBlank() || q.length() > 100) {
            return ResponseEntity.ok(List.of());
        }
        return ResponseEntity.ok(newsroomArticles.tagNames(q, 10));
    }

    private Article require(long id) {
        return articles.findById(id).orElseThrow(() -> new NoSuchArticleException(id));
    }

    private byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private void checkImage(Long imageId) {
        if (imageId != null && images.find(imageId).isEmpty()) {
            throw new InvalidArticleException("lead_image", String.valueOf(imageId),
                    "field 'lead image' names no uploaded image: " + imageId);
        }
    }

    /** The editor again, with the fields as sent and the reason they were refused: a 400, nothing saved. */
    private String refused(Article article, ArticleForm form, RuntimeException reason, NewsroomUser user,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("page", withError(editor(article, form, user, request,
                article == null ? "nr.editor.new" : "nr.editor.edit"), reason.getMessage()));
        return "newsroom/editor";
    }

    private EditorPage withError(EditorPage page, String message) {
        return new EditorPage(page.frame().withError(message), page.articleId(), page.externalId(), page.status(),
                page.statusLabel(), page.form(), page.canEdit(), page.languages(), page.sections(), page.images(),
                page.actions(), page.slug(), page.publicUrl(), page.publishAtText(), page.notes(), page.translations(),
                page.missingTranslations(), page.scheduleDefault());
    }

    EditorPage editor(Article article, ArticleForm form, NewsroomUser user, HttpServletRequest request, String titleKey) {
        NewsroomFrame frame = frames.frame(user, request, titleKey, "articles");
        Texts texts = frame.texts();
        Language formLang = Language.isSupported(form.lang()) ? Language.of(form.lang()) : properties.defaultLanguage();
        List<Link> languages = properties.siteLanguages().stream()
                .map(l -> new Link(l.code(), texts.languageName(l))).toList();
        List<Link> sections = taxonomy.sections(formLang).stream().map(s -> new Link(s.slug(), s.name())).toList();
        List<EditorPage.ImageChoice> choices = images.recent(60).stream()
                .map(i -> new EditorPage.ImageChoice(i.id(), "#" + i.id() + " " + i.alt(), i.urlUpTo(320))).toList();
        if (article == null) {
            return new EditorPage(frame, null, null, null, null, form, true, languages, sections, choices,
                    EditorPage.Actions.none(), null, null, null, List.of(), List.of(), List.of(), null);
        }
        boolean editor = user.can(Role.EDITOR);
        ArticleStatus status = article.status();
        boolean canEdit = access.canEdit(user, article);
        EditorPage.Actions actions = new EditorPage.Actions(
                canEdit && status == ArticleStatus.DRAFT,
                editor && (status == ArticleStatus.IN_REVIEW || status == ArticleStatus.UNPUBLISHED),
                editor && status.canMoveTo(ArticleStatus.SCHEDULED),
                editor && status == ArticleStatus.SCHEDULED,
                editor && status.canMoveTo(ArticleStatus.PUBLISHED),
                editor && status == ArticleStatus.PUBLISHED,
                editor,
                editor && article.firstPublishedAt() != null,
                editor);
        DateFormats dates = new DateFormats(frame.lang(), properties.zone());
        List<Link> translations = new ArrayList<>();
        List<Link> missing = new ArrayList<>();
        List<ArticleSummary> others = articles.translations(article);
        for (Language l : properties.siteLanguages()) {
            if (l.equals(article.lang())) {
                continue;
            }
            Optional<ArticleSummary> existing = others.stream().filter(o -> o.lang().equals(l)).findFirst();
            if (existing.isPresent()) {
                translations.add(new Link("/newsroom/articles/" + existing.get().id(), texts.languageName(l) + ": "
                        + existing.get().headline()));
            } else {
                missing.add(new Link("/newsroom/articles/new?lang=" + l.code() + "&translationOf=" + article.id(),
                        texts.languageName(l)));
            }
        }
        String scheduleDefault = LocalDateTime.ofInstant(clock.instant().plus(1, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.HOURS), properties.zone()).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .substring(0, 16);
        return new EditorPage(frame, article.id(), article.externalId(), status.code(),
                texts.get("nr.status." + status.code()), form, canEdit, languages, sections, choices, actions,
                article.slug(), SiteLinks.article(article.lang(), article.slug()),
                article.publishAt() == null ? null : dates.dateTime(article.publishAt()),
                history.corrections(article.id()), translations, missing, scheduleDefault);
    }

    private ConflictPage conflict(Article current, ArticleForm mine, NewsroomUser user, HttpServletRequest request) {
        ArticleForm theirs = ArticleForm.from(current);
        Revision latest = history.revision(current.id(), current.version()).orElse(null);
        NewsroomFrame frame = frames.frame(user, request, "nr.conflict.title", "articles");
        DateFormats dates = new DateFormats(frame.lang(), properties.zone());
        Article asMine = current;
        List<String> theirLines = lines(theirs);
        List<String> myLines = lines(mine);
        // the form to save again carries the current version: saving it is a deliberate choice now
        ArticleForm retry = new ArticleForm(mine.headline(), mine.dek(), mine.body(), mine.format(), mine.lang(),
                mine.section(), mine.tags(), mine.authors(), mine.source(), mine.sourceUrl(), mine.translationOf(),
                mine.leadImageId(), current.version());
        return new ConflictPage(frame, current.id(), latest == null ? "?" : latest.actor(),
                latest == null ? "" : dates.dateTime(latest.createdAt()), current.version(), mine, theirs,
                DiffLine.between(theirLines, myLines), editor(asMine, retry, user, request, "nr.editor.edit"));
    }

    private static List<String> lines(ArticleForm form) {
        List<String> lines = new ArrayList<>();
        lines.add("headline: " + form.headline());
        lines.add("dek: " + (form.dek() == null ? "" : form.dek()));
        lines.add("section: " + (form.section() == null ? "" : form.section()));
        lines.add("tags: " + (form.tags() == null ? "" : form.tags()));
        lines.add("authors: " + (form.authors() == null ? "" : form.authors()));
        lines.add("source: " + (form.source() == null ? "" : form.source()));
        lines.add("lead image: " + (form.leadImageId() == null ? "" : form.leadImageId()));
        lines.addAll(form.body().lines().toList());
        return lines;
    }
}
