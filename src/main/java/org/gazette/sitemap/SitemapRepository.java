package org.gazette.sitemap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gazette.article.ShownDates;
import org.gazette.article.SiteDays;
import org.gazette.system.GazetteProperties;
import org.gazette.text.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What sitemaps list: published stories in the languages the site serves and dated where a page may show
 * them ({@link ShownDates}), counted by month of
 * publication (in the site's time zone, see {@link SiteDays}), a month's stories in a stable order, and the newest stories for the news sitemap.
 *
 * <p>It reads {@code articles} itself rather than through {@code ArticleRepository}: a sitemap walks
 * every published story and needs only its address, headline and dates, counted and paged by month, so
 * a narrow query here beats loading whole articles (bodies, terms) by the hundred thousand.
 */
@Repository
class SitemapRepository {

    /** The later of publication and the editorial update, in SQL both engines understand. */
    private static final String LAST_MODIFIED =
            "case when a.updated_at is not null and a.updated_at > a.published_at then a.updated_at else a.published_at end";

    private static final String SELECT_STORIES = "select a.id, a.lang, a.slug, a.headline, a.translation_group, "
            + "a.published_at, " + LAST_MODIFIED + " as last_modified from articles a ";
    /** Translation groups per query: well below both engines' limits on bind parameters. */
    private static final int GROUPS_PER_QUERY = 500;

    /**
     * Stories are counted per quarter of an hour in SQL and the quarters are put into months in Java: every
     * time zone in use today is a whole number of quarter hours from UTC, so no quarter straddles two of the
     * site's months, and SQLite cannot convert to a named time zone itself.
     */
    private static final long QUARTER_HOUR_MILLIS = 15 * 60 * 1000;

    private final JdbcClient jdbc;
    private final GazetteProperties site;
    private final SiteDays days;
    private final Clock clock;

    SitemapRepository(JdbcClient jdbc, GazetteProperties site, SiteDays days, Clock clock) {
        this.jdbc = jdbc;
        this.site = site;
        this.days = days;
        this.clock = clock;
    }

    /** The languages served, and the dates a page may show ({@link ShownDates}): no month out of range. */
    private Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("langs", site.languages());
        ShownDates.at(clock).bind(params);
        return params;
    }

    /** A story's address and what its sitemap entry says about it. */
    record Story(
            long id,
            Language lang,
            String slug,
            String headline,
            String translationGroup,
            Instant publishedAt,
            Instant lastModified) {}

    /** The months, of the site's time zone, that have published stories, oldest first. */
    List<SitemapParts.Month> months() {
        Map<YearMonth, long[]> months = new TreeMap<>();
        jdbc.sql("select a.published_at / " + QUARTER_HOUR_MILLIS + " as quarter, count(*) as stories, max("
                        + LAST_MODIFIED
                        + ") as last from articles a where a.status = 'published' and a.lang in (:langs)"
                        + ShownDates.CONDITION + " group by a.published_at / " + QUARTER_HOUR_MILLIS)
                .params(params())
                .query(rs -> {
                    YearMonth month = days.monthOf(Instant.ofEpochMilli(rs.getLong("quarter") * QUARTER_HOUR_MILLIS));
                    long[] storiesAndLast = months.computeIfAbsent(month, m -> new long[] {0, Long.MIN_VALUE});
                    storiesAndLast[0] += rs.getLong("stories");
                    storiesAndLast[1] = Math.max(storiesAndLast[1], rs.getLong("last"));
                });
        List<SitemapParts.Month> list = new ArrayList<>(months.size());
        months.forEach((month, storiesAndLast) ->
                list.add(new SitemapParts.Month(month, storiesAndLast[0], Instant.ofEpochMilli(storiesAndLast[1]))));
        return list;
    }

    /** Up to {@code limit} stories of a month, after skipping {@code offset}, oldest first. */
    List<Story> month(YearMonth month, long offset, int limit) {
        return jdbc.sql(
                        SELECT_STORIES
                                + """
                         where a.status = 'published' and a.lang in (:langs)
                           and a.published_at >= :from and a.published_at < :to
                        """
                                + ShownDates.CONDITION
                                + """
                         order by a.published_at, a.id
                         limit :limit offset :offset""")
                .params(params())
                .param("from", days.start(month).toEpochMilli())
                .param("to", days.end(month).toEpochMilli())
                .param("limit", limit)
                .param("offset", offset)
                .query(SitemapRepository::story)
                .list();
    }

    /** The newest stories published in {@code [since, until]}, newest first, at most {@code limit}. */
    List<Story> publishedBetween(Instant since, Instant until, int limit) {
        return jdbc.sql(
                        SELECT_STORIES
                                + """
                         where a.status = 'published' and a.lang in (:langs)
                           and a.published_at >= :since and a.published_at <= :until
                        """
                                + ShownDates.CONDITION
                                + """
                         order by a.published_at desc, a.id desc
                         limit :limit""")
                .params(params())
                .param("since", since.toEpochMilli())
                .param("until", until.toEpochMilli())
                .param("limit", limit)
                .query(SitemapRepository::story)
                .list();
    }

    /** Every published story, in a served language, of the given translation groups. */
    List<Story> translations(Collection<String> groups) {
        List<String> all = new ArrayList<>(groups);
        List<Story> stories = new ArrayList<>();
        for (int from = 0; from < all.size(); from += GROUPS_PER_QUERY) {
            stories.addAll(jdbc.sql(SELECT_STORIES
                            + """
                             where a.status = 'published' and a.lang in (:langs) and a.translation_group in (:groups)
                            """
                            + ShownDates.CONDITION)
                    .params(params())
                    .param("groups", all.subList(from, Math.min(all.size(), from + GROUPS_PER_QUERY)))
                    .query(SitemapRepository::story)
                    .list());
        }
        return stories;
    }

    private static Story story(ResultSet rs, int row) throws SQLException {
        return new Story(
                rs.getLong("id"),
                Language.of(rs.getString("lang")),
                rs.getString("slug"),
                rs.getString("headline"),
                rs.getString("translation_group"),
                Instant.ofEpochMilli(rs.getLong("published_at")),
                Instant.ofEpochMilli(rs.getLong("last_modified")));
    }
}
