package org.gazette.sitemap;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gazette.article.ShownDates;
import org.gazette.system.GazetteProperties;
import org.gazette.text.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the entity sitemaps list: the entities readers may see (not hidden, not merged into another) that a
 * published story in a served language names, as on the entity's page in that language, and when the newest
 * such story was published or, if later, updated.
 *
 * <p>Entities are taken by ranges of ids, so a sitemap is one query that walks the primary key of
 * {@code entities} and, for each entity and language, reads its newest story off the
 * {@code article_entities_by_entity} index (which holds the story's publication time) until one is published
 * in that language; nothing is counted or sorted over the whole table, and no offset is skipped.
 */
@Repository
class EntitySitemapRepository {

    /** The later of publication and the editorial update, in SQL both engines understand. */
    private static final String LAST_MODIFIED =
            "case when a.updated_at is not null and a.updated_at > a.published_at then a.updated_at else a.published_at end";

    /** An entity of the range that readers may see. */
    private static final String SHOWN_IN_RANGE =
            " e.id > :after and e.id <= :upTo and e.hidden = 0 and e.merged_into is null ";

    private final JdbcClient jdbc;
    private final GazetteProperties site;
    private final Clock clock;

    EntitySitemapRepository(JdbcClient jdbc, GazetteProperties site, Clock clock) {
        this.jdbc = jdbc;
        this.site = site;
        this.clock = clock;
    }

    /**
     * An entity and, by language, when its newest story there last changed; only the languages where a
     * published story names it.
     */
    record Listed(long id, String slug, Map<Language, Instant> lastModified) {}

    /** The highest entity id there is (0 when there are none): how many ranges of ids to look at. */
    long highestId() {
        return jdbc.sql("select coalesce(max(id), 0) from entities")
                .query(Long.class)
                .single();
    }

    /**
     * When the newest story in {@code lang} that names a shown entity with an id in {@code (after, upTo]}
     * was published or updated; empty when none does (that language's sitemap of the range would be empty).
     * It walks the language's stories newest first ({@code articles_by_language}) and stops at the first.
     */
    Optional<Instant> newestStory(Language lang, long after, long upTo) {
        return jdbc.sql("select " + LAST_MODIFIED + " from articles a where" + listedStory(0)
                        + " and exists (select 1 from article_entities ae cross join entities e"
                        + " where ae.article_id = a.id and e.id = ae.entity_id and" + SHOWN_IN_RANGE + ")"
                        + " order by a.published_at desc, a.id desc limit 1")
                .params(params())
                .param("lang0", lang.code())
                .param("after", after)
                .param("upTo", upTo)
                .query(Long.class)
                .optional()
                .map(Instant::ofEpochMilli);
    }

    /** The shown entities with ids in {@code (after, upTo]} that a published story names, by id. */
    List<Listed> inRange(long after, long upTo) {
        List<Language> languages = site.siteLanguages();
        StringBuilder sql = new StringBuilder("select e.id, e.slug");
        for (int i = 0; i < languages.size(); i++) {
            // the newest story naming it in that language: the index walked backwards from its newest story
            sql.append(", (select ")
                    .append(LAST_MODIFIED)
                    .append(" from article_entities ae cross join articles a where ae.entity_id = e.id")
                    .append(" and a.id = ae.article_id and")
                    .append(listedStory(i))
                    .append(" order by ae.published_at desc, ae.article_id desc limit 1) as last")
                    .append(i);
        }
        sql.append(" from entities e where").append(SHOWN_IN_RANGE).append(" order by e.id");
        Map<String, Object> params = params();
        for (int i = 0; i < languages.size(); i++) {
            params.put("lang" + i, languages.get(i).code());
        }
        params.put("after", after);
        params.put("upTo", upTo);
        List<Listed> listed = new ArrayList<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
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

    /** A story a reader may see, in language {@code :lang<n>}, on the entity's page. */
    private static String listedStory(int n) {
        return " a.status = 'published' and a.lang = :lang" + n + " " + ShownDates.CONDITION;
    }

    /** The dates a page may show ({@link ShownDates}). */
    private Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        ShownDates.at(clock).bind(params);
        return params;
    }
}
