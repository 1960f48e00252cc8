package org.gazette.sitemap;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.article.ShownDates;
import org.gazette.system.GazetteProperties;
import org.gazette.text.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the entity sitemaps list: the entities readers may see (not hidden, not merged into another) that a
 * published story in a served language names, as on the entity's page in that language, and the latest time
 * one of those stories was published or updated.
 *
 * <p>A range of entity ids is one grouped query: the range's rows of {@code article_entities} joined to their
 * stories and grouped by entity, one column per language. Its cost is that of reading the range's story-entity
 * rows once (no walk that may go on until the table's end, no sort over the whole table, no offset); the
 * numbers in the SQL are written as literals, which is safe for numbers and the site's language codes, so that
 * PostgreSQL plans each run for its range and dates: with bind parameters it settles, after five runs of a
 * prepared statement, on a generic plan that guesses a range matches a few rows and probes the stories' key
 * once per row (docs/syndication.md, "Sitemaps and robots.txt").
 */
@Repository
class EntitySitemapRepository {

    /** The later of publication and the editorial update, in SQL both engines understand. */
    private static final String LAST_MODIFIED =
            "case when a.updated_at is not null and a.updated_at > a.published_at then a.updated_at else a.published_at end";

    private final JdbcClient jdbc;
    private final GazetteProperties site;
    private final Clock clock;

    EntitySitemapRepository(JdbcClient jdbc, GazetteProperties site, Clock clock) {
        this.jdbc = jdbc;
        this.site = site;
        this.clock = clock;
    }

    /**
     * An entity and, by language in the site's order, the latest time a story there naming it was published
     * or updated; only the languages where a published story names it.
     */
    record Listed(long id, String slug, Map<Language, Instant> lastModified) {}

    /** The highest entity id there is (0 when there are none): how many ranges of ids to look at. */
    long highestId() {
        return jdbc.sql("select coalesce(max(id), 0) from entities")
                .query(Long.class)
                .single();
    }

    /** The shown entities with ids in {@code (after, upTo]} that a published story names, by id. */
    List<Listed> inRange(long after, long upTo) {
        List<Language> languages = site.siteLanguages();
        List<Listed> listed = new ArrayList<>();
        jdbc.sql(rangeQuery(languages, ShownDates.at(clock), after, upTo)).query(rs -> {
            Map<Language, Instant> lastModified = new LinkedHashMap<>();
            for (int i = 0; i < languages.size(); i++) {
                long last = rs.getLong("last" + i);
                if (!rs.wasNull()) {
                    lastModified.put(languages.get(i), Instant.ofEpochMilli(last));
                }
            }
            if (!lastModified.isEmpty()) {
                listed.add(new Listed(rs.getLong("id"), rs.getString("slug"), lastModified));
            }
        });
        return listed;
    }

    /**
     * The query of one range: the inner select reads the range's rows off {@code article_entities_by_entity}
     * (SQLite walks it in entity order and groups as it goes; PostgreSQL hashes the stories and the groups),
     * keeps the stories a reader may see and takes, per language, the latest change; the outer one drops the
     * entities readers may not see. A story counts when both its own date and the date copied into
     * {@code article_entities} are shown, as on the entity's page.
     */
    static String rangeQuery(List<Language> languages, ShownDates shown, long after, long upTo) {
        long from = shown.earliest().toEpochMilli();
        long until = shown.latest().toEpochMilli();
        StringBuilder sql = new StringBuilder("select e.id, e.slug");
        StringBuilder perLanguage = new StringBuilder();
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < languages.size(); i++) {
            String code = quoted(languages.get(i));
            sql.append(", l.last").append(i);
            perLanguage
                    .append(", max(case when a.lang = ")
                    .append(code)
                    .append(" then ")
                    .append(LAST_MODIFIED)
                    .append(" end) as last")
                    .append(i);
            codes.append(i == 0 ? "" : ", ").append(code);
        }
        return sql.append(" from (select ae.entity_id")
                .append(perLanguage)
                .append(" from article_entities ae cross join articles a")
                .append(" where ae.entity_id > ")
                .append(after)
                .append(" and ae.entity_id <= ")
                .append(upTo)
                .append(" and ae.published_at >= ")
                .append(from)
                .append(" and ae.published_at <= ")
                .append(until)
                .append(" and a.id = ae.article_id and a.status = 'published' and a.lang in (")
                .append(codes)
                .append(") and a.published_at >= ")
                .append(from)
                .append(" and a.published_at <= ")
                .append(until)
                .append(" group by ae.entity_id) l cross join entities e")
                .append(" where e.id = l.entity_id and e.hidden = 0 and e.merged_into is null order by e.id")
                .toString();
    }

    /** A language code as an SQL string literal: two lowercase letters ({@link Language} allows no other). */
    private static String quoted(Language lang) {
        String code = lang.code();
        if (!code.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("not a language code: " + code);
        }
        return "'" + code + "'";
    }
}
