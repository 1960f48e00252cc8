package org.gazette.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gazette.account.NewsroomUser;
import org.gazette.account.Role;
import org.gazette.article.Article;
import org.gazette.article.ArticleHistory;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleSummary;
import org.gazette.article.Revision;
import org.gazette.media.ImageLibrary;
import org.gazette.system.GazetteProperties;
import org.gazette.taxonomy.TaxonomyRepository;
import org.gazette.text.Language;
import org.gazette.web.DateFormats;
import org.gazette.web.Link;
import org.gazette.web.SiteLinks;
import org.gazette.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Builds the editor's view models: the form with what may be done with the article now, its notes and
 * translations, and the page that shows an edit conflict.
 */
@Component
class EditorPages {

    private final ArticleRepository articles;
    private final ArticleHistory history;
    private final ArticleAccess access;
    private final NewsroomFrames frames;
    private final TaxonomyRepository taxonomy;
    private final ImageLibrary images;
    private final GazetteProperties properties;
    private final Clock clock;

    EditorPages(
            ArticleRepository articles,
            ArticleHistory history,
            ArticleAccess access,
            NewsroomFrames frames,
            TaxonomyRepository taxonomy,
            ImageLibrary images,
            GazetteProperties properties,
            Clock clock) {
        this.articles = articles;
        this.history = history;
        this.access = access;
        this.frames = frames;
        this.taxonomy = taxonomy;
        this.images = images;
        this.properties = properties;
        this.clock = clock;
    }

    /** The editor for {@code article} (null: a new story) with the form as given. */
    EditorPage editor(
            Article article, ArticleForm form, NewsroomUser user, HttpServletRequest request, String titleKey) {
        NewsroomFrame frame = frames.frame(user, request, titleKey, "articles");
        Texts texts = frame.texts();
        Language formLang = Language.isSupported(form.lang()) ? Language.of(form.lang()) : properties.defaultLanguage();
        List<Link> languages = properties.siteLanguages().stream()
                .map(l -> new Link(l.code(), texts.languageName(l)))
                .toList();
        List<Link> sections = taxonomy.sections(formLang).stream()
                .map(s -> new Link(s.slug(), s.name()))
                .toList();
        List<EditorPage.ImageChoice> choices = images.recent(60).stream()
                .map(i -> new EditorPage.ImageChoice(i.id(), "#" + i.id() + " " + i.alt(), i.urlUpTo(320)))
                .toList();
        if (article == null) {
            return new EditorPage(
                    frame,
                    null,
                    null,
                    null,
                    null,
                    form,
                    true,
                    languages,
                    sections,
                    choices,
                    EditorPage.Actions.none(),
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    null);
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
            Optional<ArticleSummary> existing =
                    others.stream().filter(o -> o.lang().equals(l)).findFirst();
            if (existing.isPresent()) {
                translations.add(new Link(
                        "/newsroom/articles/" + existing.get().id(),
                        texts.languageName(l) + ": " + existing.get().headline()));
            } else {
                missing.add(new Link(
                        "/newsroom/articles/new?lang=" + l.code() + "&translationOf=" + article.id(),
                        texts.languageName(l)));
            }
        }
        String scheduleDefault = LocalDateTime.ofInstant(
                        clock.instant().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS), properties.zone())
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .substring(0, 16);
        return new EditorPage(
                frame,
                article.id(),
                article.externalId(),
                status.code(),
                texts.get("nr.status." + status.code()),
                form,
                canEdit,
                languages,
                sections,
                choices,
                actions,
                article.slug(),
                SiteLinks.article(article.lang(), article.slug()),
                article.publishAt() == null ? null : dates.dateTime(article.publishAt()),
                history.corrections(article.id()),
                translations,
                missing,
                scheduleDefault);
    }

    /**
     * Answers a form that was refused, whether to be saved or previewed: the editor again, with the fields
     * as sent and the reason, as a 400. Returns the view to render.
     */
    String refused(
            Article article,
            ArticleForm form,
            RuntimeException reason,
            NewsroomUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        EditorPage page = editor(article, form, user, request, article == null ? "nr.editor.new" : "nr.editor.edit");
        model.addAttribute("page", withError(page, reason.getMessage()));
        return "newsroom/editor";
    }

    private static EditorPage withError(EditorPage page, String message) {
        return new EditorPage(
                page.frame().withError(message),
                page.articleId(),
                page.externalId(),
                page.status(),
                page.statusLabel(),
                page.form(),
                page.canEdit(),
                page.languages(),
                page.sections(),
                page.images(),
                page.actions(),
                page.slug(),
                page.publicUrl(),
                page.publishAtText(),
                page.notes(),
                page.translations(),
                page.missingTranslations(),
                page.scheduleDefault());
    }

    /** Both versions of a story two people saved at once, and the editor to save the writer's again. */
    ConflictPage conflict(Article current, ArticleForm mine, NewsroomUser user, HttpServletRequest request) {
        ArticleForm theirs = ArticleForm.from(current);
        Revision latest = history.revision(current.id(), current.version()).orElse(null);
        NewsroomFrame frame = frames.frame(user, request, "nr.conflict.title", "articles");
        DateFormats dates = new DateFormats(frame.lang(), properties.zone());
        Article asMine = current;
        List<String> theirLines = lines(theirs);
        List<String> myLines = lines(mine);
        // the form to save again carries the current version: saving it is a deliberate choice now
        ArticleForm retry = new ArticleForm(
                mine.headline(),
                mine.dek(),
                mine.body(),
                mine.format(),
                mine.lang(),
                mine.section(),
                mine.tags(),
                mine.authors(),
                mine.source(),
                mine.sourceUrl(),
                mine.translationOf(),
                mine.leadImageId(),
                current.version());
        return new ConflictPage(
                frame,
                current.id(),
                latest == null ? "?" : latest.actor(),
                latest == null ? "" : dates.dateTime(latest.createdAt()),
                current.version(),
                mine,
                theirs,
                DiffLine.between(theirLines, myLines),
                editor(asMine, retry, user, request, "nr.editor.edit"));
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
