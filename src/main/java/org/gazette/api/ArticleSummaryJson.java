package org.gazette.api;

import org.gazette.article.ArticleSummary;
import org.gazette.system.GazetteProperties;
import org.gazette.web.SiteLinks;

/** An article in an API list: what identifies it and what a headline list shows. */
record ArticleSummaryJson(
        String id,
        String url,
        String headline,
        String dek,
        String date,
        String updated,
        String lang,
        String section,
        String source) {

    static ArticleSummaryJson from(ArticleSummary story, GazetteProperties site) {
        return new ArticleSummaryJson(
                story.externalId(),
                site.absolute(SiteLinks.article(story.lang(), story.slug())),
                story.headline(),
                story.dek(),
                story.publishedAt().toString(),
                story.updatedAt() == null ? null : story.updatedAt().toString(),
                story.lang().code(),
                story.section() == null ? null : story.section().slug(),
                story.source() == null ? null : story.source().name());
    }
}
