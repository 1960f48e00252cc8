package org.gazette.site;

import org.gazette.article.ArticleSummary;
import org.gazette.web.DateFormats;
import org.gazette.web.SiteLinks;

/**
 * A story in a list: headline link, dek, date and section. {@code alsoFrom} is the line naming the other
 * agencies whose reports of the same story the list folded into this one, or null.
 */
public record ArticleCard(
        String url,
        String headline,
        String dek,
        String dateMachine,
        String dateText,
        String sectionName,
        String sectionUrl,
        String sourceName,
        org.gazette.article.LeadImage image,
        String alsoFrom) {

    public static ArticleCard from(ArticleSummary story, DateFormats dates) {
        return new ArticleCard(
                SiteLinks.article(story.lang(), story.slug()),
                story.headline(),
                story.dek(),
                dates.machine(story.publishedAt()),
                dates.dateTime(story.publishedAt()),
                story.section() == null ? null : story.section().name(),
                story.section() == null
                        ? null
                        : SiteLinks.section(story.lang(), story.section().slug()),
                story.source() == null ? null : story.source().name(),
                story.leadImage(),
                null);
    }

    /** This card with the line naming the other agencies that reported the story. */
    public ArticleCard withAlsoFrom(String line) {
        return new ArticleCard(
                url, headline, dek, dateMachine, dateText, sectionName, sectionUrl, sourceName, image, line);
    }
}
