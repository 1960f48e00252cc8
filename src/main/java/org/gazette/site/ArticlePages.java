package org.gazette.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gazette.article.Article;
import org.gazette.article.ArticleHistory;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleSummary;
import org.gazette.article.BodyExcerpt;
import org.gazette.article.Correction;
import org.gazette.cluster.StoryClusters;
import org.gazette.entity.directory.EntityDirectory;
import org.gazette.entity.directory.StoryEntity;
import org.gazette.pagecache.SurrogateKeys;
import org.gazette.text.Language;
import org.gazette.web.DateFormats;
import org.gazette.web.Link;
import org.gazette.web.SiteLinks;
import org.gazette.web.Texts;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Builds the page of one story: what readers see at {@code /{lang}/news/{slug}}, and what the newsroom's
 * preview shows, from the same code, so a preview cannot drift from the real page.
 */
@Component
public class ArticlePages {

    private static final int RELATED_STORIES = 5;

    private final ArticleRepository articles;
    private final ArticleHistory history;
    private final FrameFactory frames;
    private final StructuredData structuredData;
    private final StoryClusters clusters;
    private final EntityDirectory entities;

    ArticlePages(
            ArticleRepository articles,
            ArticleHistory history,
            FrameFactory frames,
            StructuredData structuredData,
            StoryClusters clusters,
            EntityDirectory entities) {
        this.articles = articles;
        this.entities = entities;
        this.clusters = clusters;
        this.history = history;
        this.frames = frames;
        this.structuredData = structuredData;
    }

    /**
     * Names what the page shows for the page cache: the story and every story it links to, and the lists
     * its related stories and neighbours are drawn from (its tags' and section's newest stories).
     */
    private static void declareKeys(
            Article article,
            List<ArticleSummary> translations,
            List<ArticleSummary> otherReports,
            List<ArticleSummary> related,
            Optional<ArticleSummary> previous,
            Optional<ArticleSummary> next) {
        SurrogateKeys.declare(SurrogateKeys.article(article.id()));
        List<Long> shown = new ArrayList<>();
        translations.forEach(s -> shown.add(s.id()));
        otherReports.forEach(s -> shown.add(s.id()));
        related.forEach(s -> shown.add(s.id()));
        previous.ifPresent(s -> shown.add(s.id()));
        next.ifPresent(s -> shown.add(s.id()));
        SurrogateKeys.declareArticles(shown);
        if (article.section() != null) {
            SurrogateKeys.declare(SurrogateKeys.section(article.section().id()));
        }
        article.tags().forEach(tag -> SurrogateKeys.declare(SurrogateKeys.tag(tag.id())));
    }

    /** The public page of a stored article, whatever its status (the newsroom previews drafts with it). */
    public ArticlePage build(Article article) {
        Language lang = article.lang();
        Texts texts = frames.texts(lang);
        DateFormats dates = frames.dates(lang);
        String path = SiteLinks.article(lang, article.slug());
        String siteName = frames.properties().siteName();

        List<ArticleSummary> translations = articles.translations(article);
        // in the site's language order, as on every other page: the switcher must not reshuffle (WCAG 3.2.3),
        // and the first is the hreflang x-default
        List<LanguageLink> languageLinks = new ArrayList<>();
        for (Language siteLanguage : frames.properties().siteLanguages()) {
            if (siteLanguage.equals(lang)) {
                languageLinks.add(new LanguageLink(
                        lang.code(),
                        texts.languageName(lang),
                        path,
                        frames.properties().absolute(path),
                        true));
            }
            for (ArticleSummary translation : translations) {
                if (translation.lang().equals(siteLanguage)) {
                    String translationPath = SiteLinks.article(siteLanguage, translation.slug());
                    languageLinks.add(new LanguageLink(
                            siteLanguage.code(),
                            texts.languageName(siteLanguage),
                            translationPath,
                            frames.properties().absolute(translationPath),
                            false));
                }
            }
        }
        List<StoryEntity> named = entities.ofStory(article.id(), lang, article.headline());
        // an entity renamed or hidden changes the page's "In this story" and its structured data
        named.forEach(e -> SurrogateKeys.declare(SurrogateKeys.entity(e.entity().id())));
        String description = article.dek() != null ? article.dek() : BodyExcerpt.of(article.bodyHtml(), 200);
        String canonical = frames.properties().absolute(path);
        List<Link> trail = new ArrayList<>();
        trail.add(new Link(SiteLinks.home(lang), siteName));
        if (article.section() != null) {
            trail.add(new Link(
                    SiteLinks.section(lang, article.section().slug()),
                    article.section().name()));
        }
        trail.add(new Link(canonical, article.headline()));
        Frame frame = frames.frame(lang, article.headline(), path)
                .titled(article.headline(), description)
                .translatedAs(languageLinks)
                .inSection(article.section() == null ? null : article.section().slug())
                .withStructuredData(
                        List.of(
                                structuredData.newsArticle(article, canonical, dates, description, named),
                                structuredData.breadcrumbs(trail)),
                        structuredData.socialMeta(article, canonical, dates, description));

        Link source = null;
        String originalUrl = article.sourceUrl();
        String body = article.bodyHtml();
        if (article.source() != null) {
            String href = originalUrl != null
                    ? originalUrl
                    : article.source().homepage() != null
                            ? article.source().homepage()
                            : SiteLinks.source(lang, article.source().slug());
            source = new Link(
                    SiteLinks.source(lang, article.source().slug()),
                    article.source().name());
            body = withCreditLine(
                    body,
                    texts.get(
                            "article.credit",
                            HtmlUtils.htmlEscape(siteName),
                            "<a href=\"" + HtmlUtils.htmlEscape(href) + "\" rel=\"external noopener\">"
                                    + HtmlUtils.htmlEscape(article.source().name()) + "</a>"));
        }
        List<ArticleSummary> related = articles.related(article, RELATED_STORIES);
        Optional<ArticleSummary> previous = articles.previousInSection(article);
        Optional<ArticleSummary> next = articles.nextInSection(article);
        List<ArticleSummary> otherReports = clusters.otherReports(article.id(), lang);
        declareKeys(article, translations, otherReports, related, previous, next);
        LocalDate day = LocalDate.ofInstant(article.publishedAt(), dates.zone());
        String sectionName =
                article.section() == null ? null : article.section().name();
        return new ArticlePage(
                frame,
                article.headline(),
                article.dek(),
                dates.isoDate(article.publishedAt()),
                dates.machine(article.publishedAt()),
                dates.dateTime(article.publishedAt()),
                SiteLinks.archiveDay(lang, day.getYear(), day.getMonthValue(), day.getDayOfMonth()),
                article.updatedAt() == null ? null : dates.machine(article.updatedAt()),
                article.updatedAt() == null ? null : dates.dateTime(article.updatedAt()),
                article.section() == null
                        ? null
                        : new Link(SiteLinks.section(lang, article.section().slug()), sectionName),
                article.authors().stream()
                        .map(a -> new Link(SiteLinks.author(lang, a.slug()), a.name()))
                        .toList(),
                article.tags().stream()
                        .map(t -> new Link(SiteLinks.tag(lang, t.slug()), t.name()))
                        .toList(),
                body,
                source,
                originalUrl,
                siteName,
                languageLinks.stream().filter(l -> !l.current()).toList(),
                alsoReportedBy(article, otherReports, siteName),
                related.stream().map(s -> ArticleCard.from(s, dates)).toList(),
                previous.map(s -> new Link(SiteLinks.article(lang, s.slug()), s.headline()))
                        .orElse(null),
                next.map(s -> new Link(SiteLinks.article(lang, s.slug()), s.headline()))
                        .orElse(null),
                shareLinks(frames.properties().absolute(path), article.headline(), texts),
                FontSize.standard(),
                history.corrections(article.id()).stream()
                        .map(c -> new ArticlePage.Note(
                                c.kind() == Correction.Kind.CORRECTION
                                        ? texts.get("article.correction")
                                        : texts.get("article.updateNote"),
                                dates.machine(c.createdAt()),
                                dates.dateTime(c.createdAt()),
                                c.note()))
                        .toList(),
                article.leadImage(),
                named.stream()
                        .map(e -> new Link(
                                SiteLinks.entity(lang, e.entity().slug()),
                                e.entity().name(lang)))
                        .toList());
    }

    /**
     * The other reports of the story, newest first, one per agency, labelled with the agency's name (the
     * site's own for a story it credits to nobody); the story's own agency is not "also" reporting it.
     */
    private static List<Link> alsoReportedBy(Article article, List<ArticleSummary> otherReports, String siteName) {
        String own = article.source() == null ? siteName : article.source().name();
        List<Link> links = new ArrayList<>();
        List<String> named = new ArrayList<>(List.of(own));
        for (ArticleSummary report : otherReports) {
            String name = report.source() == null ? siteName : report.source().name();
            if (!named.contains(name)) {
                named.add(name);
                links.add(new Link(SiteLinks.article(report.lang(), report.slug()), name));
            }
        }
        return links;
    }

    /** Places the credit line after the story's first paragraph, where the reference page has it. */
    static String withCreditLine(String bodyHtml, String creditHtml) {
        String credit = "<p class=\"credit\">" + creditHtml + ".</p>";
        int firstParagraphEnd = bodyHtml.indexOf("</p>");
        if (firstParagraphEnd < 0) {
            return bodyHtml + credit;
        }
        int cut = firstParagraphEnd + "</p>".length();
        return bodyHtml.substring(0, cut) + credit + bodyHtml.substring(cut);
    }

    private static List<Link> shareLinks(String url, String headline, Texts texts) {
        String u = encode(url);
        String h = encode(headline);
        return List.of(
                new Link("https://www.facebook.com/sharer/sharer.php?u=" + u, "Facebook"),
                new Link("https://x.com/intent/post?url=" + u + "&text=" + h, "X"),
                new Link("https://t.me/share/url?url=" + u + "&text=" + h, "Telegram"),
                new Link("https://wa.me/?text=" + encode(headline + " " + url), "WhatsApp"),
                new Link("mailto:?subject=" + h + "&body=" + u, texts.get("article.share.email")));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
