package org.gazette.article;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The dates a published story may carry to appear on any public surface (pages, feeds, sitemaps, search,
 * the API): the range input accepts ({@link StoryDateRange}, 1900 to a day after now). Input refuses dates outside it,
 * but a database written by an older version or edited by hand may hold one (year 0, -1, 9999, 99999).
 * Such a story is treated as not public: no page, feed, sitemap or listing shows it, so no year that a
 * date format cannot write reaches one, and a story dated in year 99999 does not top the front page.
 * The newsroom still lists it, so an editor can correct its date.
 */
public record ShownDates(Instant earliest, Instant latest) {

    /** The condition on {@code a.published_at}, with the parameters {@link #bind} sets. */
    public static final String CONDITION = " and a.published_at >= :shownFrom and a.published_at <= :shownUntil ";

    /** The range as it stands at the clock's now. */
    public static ShownDates at(Clock clock) {
        StoryDateRange input = StoryDateRange.at(clock);
        return new ShownDates(input.earliest(), input.latest());
    }

    public boolean contains(Instant date) {
        return date != null && !date.isBefore(earliest) && !date.isAfter(latest);
    }

    /** Whether readers may see the article: published, and dated in the range. */
    public boolean shows(Article article) {
        return article.isPublished() && contains(article.publishedAt());
    }

    /** Sets the parameters of {@link #CONDITION}. */
    public void bind(Map<String, Object> params) {
        params.put("shownFrom", earliest.toEpochMilli());
        params.put("shownUntil", latest.toEpochMilli());
    }
}
