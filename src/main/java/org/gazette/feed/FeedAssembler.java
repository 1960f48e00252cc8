package org.gazette.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gazette.article.Article;
import org.gazette.article.ArticleCursor;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleSummary;
import org.gazette.article.BodyExcerpt;
import org.gazette.article.LeadImage;
import org.gazette.media.ImageLibrary;
import org.gazette.system.GazetteProperties;
import org.gazette.taxonomy.Author;
import org.gazette.taxonomy.Tag;
import org.gazette.web.SiteLinks;
import org.springframework.stereotype.Component;

/** Fills a {@link Feed} with the newest published stories of a scope. */
@Component
class FeedAssembler {

    /** Summaries are the dek, or this much of the story's opening. */
    static final int SUMMARY_CHARS = 300;

    private final ArticleRepository articles;
    private final GazetteProperties site;
    private final FeedProperties properties;
    private final StoryIds ids;
    private final ImageLibrary images;

    FeedAssembler(
            ArticleRepository articles,
            GazetteProperties site,
            FeedProperties properties,
            StoryIds ids,
            ImageLibrary images) {
        this.articles = articles;
        this.images = images;
        this.site = site;
        this.properties = properties;
        this.ids = ids;
    }

    Feed assemble(FeedScope scope, int limit) {
        List<Long> newest =
                newest(scope, limit).stream().map(ArticleSummary::id).toList();
        List<FeedItem> items = articles.findAll(newest).stream()
                .filter(Article::isPublished)
                .map(this::item)
                .toList();
        Instant updated = articles.lastChange(scope.filter()).orElse(Instant.EPOCH);
        for (FeedItem item : items) {
            if (item.updated().isAfter(updated)) {
                updated = item.updated();
            }
        }
        return new Feed(
                ids.feed(scope.basePath()),
                scope.title(),
                scope.description(),
                scope.lang(),
                site.absolute(scope.pagePath()),
                scope.basePath(),
                site.baseUrl().toString(),
                site.siteName(),
                updated,
                items,
                site.absolute("/assets/favicon.svg"),
                site.absolute("/assets/logo.png"),
                properties.websubHub());
    }

    /**
     * The newest stories of the scope. The whole site's feed skips languages the site does not serve
     * (their pages would not answer), reading on until it has enough or the stories run out.
     */
    private List<ArticleSummary> newest(FeedScope scope, int limit) {
        if (scope.lang() != null) {
            return articles.page(scope.filter(), null, null, limit);
        }
        List<ArticleSummary> kept = new ArrayList<>();
        ArticleCursor cursor = null;
        while (kept.size() < limit) {
            List<ArticleSummary> batch = articles.page(scope.filter(), cursor, null, limit);
            for (ArticleSummary summary : batch) {
                if (site.serves(summary.lang().code()) && kept.size() < limit) {
                    kept.add(summary);
                }
            }
            if (batch.size() < limit) {
                break;
            }
            cursor = ArticleCursor.of(batch.get(batch.size() - 1));
        }
        return kept;
    }

    FeedItem item(Article article) {
        String summary = article.dek() != null && !article.dek().isBlank()
                ? article.dek()
                : BodyExcerpt.of(article.bodyHtml(), SUMMARY_CHARS);
        return new FeedItem(
                ids.article(article.externalId()),
                site.absolute(SiteLinks.article(article.lang(), article.slug())),
                article.headline(),
                summary,
                properties.content() == FeedProperties.Content.FULL ? article.bodyHtml() : null,
                article.publishedAt(),
                article.lastModified(),
                article.lang(),
                article.authors().stream()
                        .map(author -> author(author, article))
                        .toList(),
                article.section() == null
                        ? null
                        : new FeedItem.Term(
                                article.section().name(),
                                article.section().slug(),
                                site.absolute(SiteLinks.section(
                                        article.lang(), article.section().slug()))),
                article.tags().stream().map(tag -> tag(tag, article)).toList(),
                article.source() == null
                        ? null
                        : new FeedItem.Credit(
                                article.source().name(),
                                article.source().homepage(),
                                Optional.ofNullable(article.sourceUrl())
                                        .filter(u -> !u.isBlank())
                                        .orElse(null)),
                image(article.leadImage()));
    }

    /** The largest generated width: feed readers scale down, and aggregators ask for at least 1,000 pixels. */
    private FeedItem.Image image(LeadImage image) {
        if (image == null) {
            return null;
        }
        int width = image.widths().get(image.widths().size() - 1);
        return new FeedItem.Image(
                site.absolute(image.url(width)),
                image.mediaType(),
                images.fileBytes(image, width),
                width,
                image.heightAt(width),
                image.alt(),
                image.caption(),
                image.credit());
    }

    private FeedItem.Term author(Author author, Article article) {
        return new FeedItem.Term(
                author.name(), author.slug(), site.absolute(SiteLinks.author(article.lang(), author.slug())));
    }

    private FeedItem.Term tag(Tag tag, Article article) {
        return new FeedItem.Term(tag.name(), tag.slug(), site.absolute(SiteLinks.tag(article.lang(), tag.slug())));
    }
}
