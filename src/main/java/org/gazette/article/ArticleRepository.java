package org.gazette.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gazette.taxonomy.Author;
import org.gazette.taxonomy.Section;
import org.gazette.taxonomy.Source;
import org.gazette.taxonomy.Tag;
import org.gazette.text.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads articles. Lists only ever hold published stories; single lookups return any status. */
@Repository
public class ArticleRepository {

    static final String IMAGE_COLUMNS =
            """
            img.id as img_id, img.alt as img_alt, img.caption as img_caption, img.credit as img_credit,
            img.width as img_width, img.height as img_height, img.widths as img_widths, img.media_type as img_type
            """;
    private static final String SUMMARY_COLUMNS =
            """
            a.id, a.external_id, a.lang, a.slug, a.headline, a.dek, a.published_at, a.updated_at,
            s.id as section_id, s.slug as section_slug, coalesce(sn.name, s.slug) as section_name,
            src.id as source_id, src.slug as source_slug, src.name as source_name, src.homepage as source_homepage,
            """
                    + IMAGE_COLUMNS;

    private static final String SUMMARY_JOINS =
            """
            left join sections s on s.id = a.section_id
            left join section_names sn on sn.section_id = a.section_id and sn.lang = a.lang
            left join sources src on src.id = a.source_id
            left join images img on img.id = a.lead_image_id
            """;

    static final int RELATED_CANDIDATES_PER_TAG = 200;
    /** Ids bound in one {@code in (...)}: well below both engines' limits on bind parameters. */
    static final int IDS_PER_QUERY = 1000;
    /** Candidates looked up in full; more than the few shown, since some are in another language or withdrawn. */
    private static final int RELATED_SHORTLIST = 40;

    private final JdbcClient jdbc;
    private final Clock clock;

    ArticleRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Published stories only where their date may be shown: see {@link ShownDates}. */
    private Map<String, Object> shownParams() {
        Map<String, Object> params = new LinkedHashMap<>();
        ShownDates.at(clock).bind(params);
        return params;
    }

    public Optional<Article> findById(long id) {
        return findOne("a.id = :key", id);
    }

    public Optional<Article> findByExternalId(String externalId) {
        return findOne("a.external_id = :key", externalId);
    }

    /**
     * The articles with these ids, in any status, in the order of the ids; an id with no article (deleted,
     * never stored) is skipped. Reads a fixed three queries per {@value #IDS_PER_QUERY} ids (rows, tags,
     * authors) rather than three per article, so a feed or an index batch costs the same few round trips
     * however many stories it holds.
     */
    public List<Article> findAll(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
        Map<Long, Article> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
            withTerms(articlesWhere("a.id in (:key)", chunk)).forEach(article -> found.put(article.id(), article));
        }
        return all.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * Up to {@code limit} ids of articles in any status above {@code afterId}, in id order: a walk over
     * every article in chunks, for rebuilding what is derived from them.
     */
    public List<Long> idsAfter(long afterId, int limit) {
        return jdbc.sql("select id from articles where id > :after order by id limit :limit")
                .param("after", afterId)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** Every article id, in any status. */
    public List<Long> allIds() {
        return jdbc.sql("select id from articles").query(Long.class).list();
    }

    /** The ids of articles, in any status, whose row was written at or after an instant. */
    public List<Long> idsModifiedSince(Instant since) {
        return jdbc.sql("select id from articles where modified_at >= :since")
                .param("since", since.toEpochMilli())
                .query(Long.class)
                .list();
    }

    /** Which of these articles are published right now; deleted ones and those of other statuses are not. */
    public Set<Long> publishedAmong(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
        ShownDates shown = ShownDates.at(clock);
        Set<Long> published = new HashSet<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            // Only the ids in SQL, status and date checked here: given "and status = 'published'" and the
            // date range too, SQLite estimated the (status, published_at) index narrower than 40 primary
            // keys and read every published story for each search page (see related()).
            jdbc
                    .sql("select a.id, a.status, a.published_at from articles a where a.id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .query((rs, i) -> ArticleStatus.PUBLISHED.code().equals(rs.getString("status"))
                                    && shown.contains(instant(rs, "published_at"))
                            ? rs.getLong("id")
                            : null)
                    .list()
                    .stream()
                    .filter(Objects::nonNull)
                    .forEach(published::add);
        }
        return published;
    }

    public Optional<Article> findBySlug(Language lang, String slug) {
        return jdbc.sql("select id from articles where lang = :lang and slug = :slug")
                .param("lang", lang.code())
                .param("slug", slug)
                .query(Long.class)
                .optional()
                .flatMap(this::findById);
    }

    /** The current slug of the article that once answered to this one, for a permanent redirect. */
    public Optional<String> currentSlugForRetired(Language lang, String retiredSlug) {
        return jdbc.sql(
                        """
                        select a.slug from article_slugs r join articles a on a.id = r.article_id
                        where r.lang = :lang and r.slug = :slug and a.lang = :lang""")
                .param("lang", lang.code())
                .param("slug", retiredSlug)
                .query(String.class)
                .optional();
    }

    /**
     * One page of published stories, newest first. With {@code before} the page starts just after that
     * cursor (older stories); with {@code after} it ends just before it (newer stories), still listed
     * newest first. Asks for {@code limit} and returns up to that many.
     */
    public List<ArticleSummary> page(ArticleFilter filter, ArticleCursor before, ArticleCursor after, int limit) {
        // A tag's page walks the tag's own index (tag, publication time, story), which holds the date
        // order, and looks each story up by its key: a rare tag costs a few rows. Filtered by an IN list
        // instead, SQLite walked the language's index and read every published story of the language.
        // An entity's page walks the entity's index in article_entities the same way.
        boolean byEntity = filter.entityId() != null;
        boolean byTag = !byEntity && filter.tagId() != null;
        String order = byEntity ? "en" : byTag ? "tg" : "a";
        String id = byEntity ? "en.article_id" : byTag ? "tg.article_id" : "a.id";
        StringBuilder sql = new StringBuilder("select ")
                .append(SUMMARY_COLUMNS)
                // CROSS JOIN keeps the tag index the outer loop in SQLite; PostgreSQL plans it as any join
                .append(
                        byEntity
                                ? " from article_entities en cross join articles a "
                                : byTag ? " from article_tags tg cross join articles a " : " from articles a ")
                .append(SUMMARY_JOINS)
                .append(" where a.status = 'published'")
                .append(ShownDates.CONDITION);
        Map<String, Object> params = shownParams();
        if (byEntity) {
            sql.append(" and en.entity_id = :entityId and a.id = en.article_id")
                    .append(" and en.published_at >= :shownFrom and en.published_at <= :shownUntil");
            params.put("entityId", filter.entityId());
            appendFilter(filter.withoutEntity(), sql, params);
        } else if (byTag) {
            sql.append(" and tg.tag_id = :tagId and a.id = tg.article_id")
                    .append(" and tg.published_at >= :shownFrom and tg.published_at <= :shownUntil");
            params.put("tagId", filter.tagId());
            appendFilter(filter.withoutTag(), sql, params);
        } else {
            appendFilter(filter, sql, params);
        }
        boolean newer = before == null && after != null;
        ArticleCursor cursor = newer ? after : before;
        if (cursor != null) {
            // a row-value comparison, not "time < t or (time = t and id < i)": SQLite answers the OR form by
            // collecting every older story of the list and sorting them, the row value by walking the index
            sql.append(" and (")
                    .append(order)
                    .append(".published_at, ")
                    .append(id)
                    .append(") ")
                    .append(newer ? ">" : "<")
                    .append(" (:cursorTime, :cursorId)");
            long time = cursor.publishedAt().toEpochMilli();
            params.put("cursorTime", time);
            params.put("cursorId", cursor.id());
            // The cursor also narrows the shown range's bound on its side, which is where SQLite starts its
            // index walk (it walks from one bound per side and checks the row value on each row): without
            // it the walk began at the far end of the range and read every story up to the cursor, and an
            // article's previous and next in its section read half the section each.
            if (newer) {
                params.merge("shownFrom", time, (shown, at) -> Math.max((Long) shown, (Long) at));
            } else {
                params.merge("shownUntil", time, (shown, at) -> Math.min((Long) shown, (Long) at));
            }
        }
        String direction = newer ? "asc" : "desc";
        sql.append(" order by ")
                .append(order)
                .append(".published_at ")
                .append(direction)
                .append(", ")
                .append(id)
                .append(" ")
                .append(direction)
                .append(" limit :limit");
        params.put("limit", limit);
        List<ArticleSummary> rows = new ArrayList<>(jdbc.sql(sql.toString())
                .params(params)
                .query(ArticleRepository::summary)
                .list());
        if (newer) {
            Collections.reverse(rows);
        }
        return rows;
    }

    /** How many published stories a filter holds. */
    public long count(ArticleFilter filter) {
        StringBuilder sql = new StringBuilder("select count(*) from articles a where a.status = 'published'")
                .append(ShownDates.CONDITION);
        Map<String, Object> params = shownParams();
        appendFilter(filter, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /**
     * Whether the filter holds any story readers may see. A term that holds none (one used only on drafts,
     * say) is to readers no term at all: its page and feed answer as for an unknown one.
     */
    public boolean anyShown(ArticleFilter filter) {
        StringBuilder sql = new StringBuilder("select a.id from articles a where a.status = 'published'")
                .append(ShownDates.CONDITION);
        Map<String, Object> params = shownParams();
        appendFilter(filter, sql, params);
        sql.append(" limit 1");
        return !jdbc.sql(sql.toString()).params(params).query(Long.class).list().isEmpty();
    }

    /**
     * The last time anything the filter covers was written, whatever its status now: an edit, a slug
     * change, and also a story that was unpublished and so left the list. Empty when the filter covers
     * no story at all. Conditional requests for feeds compare against it.
     */
    public Optional<Instant> lastChange(ArticleFilter filter) {
        StringBuilder sql = new StringBuilder("select max(a.modified_at) from articles a where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        appendFilter(filter, sql, params);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, i) -> {
                    long millis = rs.getLong(1);
                    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
                })
                .optional();
    }

    /** When an article was first stored and when its current version was written. */
    public Optional<ArticleRevision> revision(long id) {
        return jdbc.sql("select version, created_at, modified_at from articles where id = :id")
                .param("id", id)
                .query((rs, i) -> new ArticleRevision(
                        rs.getInt(1), Instant.ofEpochMilli(rs.getLong(2)), Instant.ofEpochMilli(rs.getLong(3))))
                .optional();
    }

    /** The publication times of the filter's stories, for counting them per day. */
    public List<Instant> publicationTimes(ArticleFilter filter) {
        StringBuilder sql = new StringBuilder("select a.published_at from articles a where a.status = 'published'")
                .append(ShownDates.CONDITION);
        Map<String, Object> params = shownParams();
        appendFilter(filter, sql, params);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, i) -> Instant.ofEpochMilli(rs.getLong(1)))
                .list();
    }

    private static void appendFilter(ArticleFilter filter, StringBuilder sql, Map<String, Object> params) {
        if (filter.lang() != null) {
            sql.append(" and a.lang = :lang");
            params.put("lang", filter.lang().code());
        }
        if (filter.sectionId() != null) {
            sql.append(" and a.section_id = :sectionId");
            params.put("sectionId", filter.sectionId());
        }
        if (filter.sourceId() != null) {
            sql.append(" and a.source_id = :sourceId");
            params.put("sourceId", filter.sourceId());
        }
        if (filter.tagId() != null) {
            sql.append(" and a.id in (select t.article_id from article_tags t where t.tag_id = :tagId)");
            params.put("tagId", filter.tagId());
        }
        if (filter.authorId() != null) {
            sql.append(" and a.id in (select w.article_id from article_authors w where w.author_id = :authorId)");
            params.put("authorId", filter.authorId());
        }
        if (filter.entityId() != null) {
            sql.append(" and a.id in (select n.article_id from article_entities n where n.entity_id = :entityId)");
            params.put("entityId", filter.entityId());
        }
        if (filter.from() != null) {
            sql.append(" and a.published_at >= :from");
            params.put("from", filter.from().toEpochMilli());
        }
        if (filter.to() != null) {
            sql.append(" and a.published_at < :to");
            params.put("to", filter.to().toEpochMilli());
        }
    }

    /**
     * The stories among these ids that the filter's list holds (published and shown, as {@link #page}
     * lists them), newest first: which of a story's companions a list would show too.
     */
    public List<ArticleSummary> listedAmong(ArticleFilter filter, Collection<Long> ids) {
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
        List<ArticleSummary> listed = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            StringBuilder sql = new StringBuilder("select ")
                    .append(SUMMARY_COLUMNS)
                    .append(" from articles a ")
                    .append(SUMMARY_JOINS)
                    .append(" where a.id in (:ids) and a.status = 'published'")
                    .append(ShownDates.CONDITION);
            Map<String, Object> params = shownParams();
            appendFilter(filter, sql, params);
            listed.addAll(jdbc.sql(sql.toString())
                    .params(params)
                    .param("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .query(ArticleRepository::summary)
                    .list());
        }
        listed.sort(Comparator.comparing(ArticleSummary::publishedAt)
                .thenComparingLong(ArticleSummary::id)
                .reversed());
        return listed;
    }

    /** The other published languages of the same story. */
    public List<ArticleSummary> translations(Article article) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from articles a " + SUMMARY_JOINS
                        + """
                         where a.translation_group = :group and a.id <> :id and a.status = 'published'
                        """
                        + ShownDates.CONDITION + """
                         order by a.lang""")
                .params(shownParams())
                .param("group", article.translationGroup())
                .param("id", article.id())
                .query(ArticleRepository::summary)
                .list();
    }

    /**
     * Stories related to this one, in its language: those sharing the most tags first, newest first
     * among equals, topped up with the newest stories of its section. Only the newest
     * {@value #RELATED_CANDIDATES_PER_TAG} stories of each tag are candidates, read from the tag index
     * alone, so the cost stays flat however many thousand stories carry a popular tag.
     */
    public List<ArticleSummary> related(Article article, int limit) {
        // per candidate: how many tags it shares, and when it was published
        Map<Long, long[]> candidates = new HashMap<>();
        for (Tag tag : article.tags()) {
            List<long[]> tagged = jdbc.sql(
                            """
                            select article_id, published_at from article_tags where tag_id = :tag
                            order by published_at desc, article_id desc limit :perTag""")
                    .param("tag", tag.id())
                    .param("perTag", RELATED_CANDIDATES_PER_TAG)
                    .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .list();
            for (long[] candidate : tagged) {
                if (candidate[0] != article.id()) {
                    long[] sharedAndTime = candidates.computeIfAbsent(candidate[0], id -> new long[] {0, candidate[1]});
                    sharedAndTime[0]++;
                }
            }
        }
        List<Long> best = candidates.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Long, long[]>>comparingLong(e -> -e.getValue()[0])
                        .thenComparingLong(e -> -e.getValue()[1])
                        .thenComparingLong(e -> -e.getKey()))
                .limit(RELATED_SHORTLIST)
                .map(Map.Entry::getKey)
                .toList();
        List<ArticleSummary> related = new ArrayList<>();
        if (!best.isEmpty()) {
            Map<Long, ArticleSummary> found = new HashMap<>();
            ShownDates shown = ShownDates.at(clock);
            // The candidates are read by primary key alone and sifted here. With the language, status and
            // date conditions in SQL, SQLite's sampled statistics made the (lang, status, published_at)
            // index look narrower than 40 keys, and every article page read all published stories of its
            // language: about 30 ms of CPU per cold render at 100,000 articles.
            jdbc
                    .sql("select " + SUMMARY_COLUMNS + ", a.status as visible_status from articles a " + SUMMARY_JOINS
                            + " where a.id in (:ids)")
                    .param("ids", best)
                    .query((rs, i) -> ArticleStatus.PUBLISHED.code().equals(rs.getString("visible_status"))
                                    && article.lang().code().equals(rs.getString("lang"))
                                    && shown.contains(instant(rs, "published_at"))
                            ? summary(rs, i)
                            : null)
                    .list()
                    .stream()
                    .filter(Objects::nonNull)
                    .forEach(summary -> found.put(summary.id(), summary));
            for (Long id : best) {
                if (found.containsKey(id) && related.size() < limit) {
                    related.add(found.get(id));
                }
            }
        }
        if (related.size() < limit && article.section() != null) {
            ArticleFilter sameSection = ArticleFilter.language(article.lang())
                    .withSection(article.section().id());
            for (ArticleSummary candidate : page(sameSection, null, null, limit + related.size() + 1)) {
                if (related.size() == limit) {
                    break;
                }
                if (candidate.id() != article.id() && related.stream().noneMatch(r -> r.id() == candidate.id())) {
                    related.add(candidate);
                }
            }
        }
        return related;
    }

    /** The published story in the same section and language just before this one, if any. */
    public Optional<ArticleSummary> previousInSection(Article article) {
        if (article.section() == null) {
            return Optional.empty();
        }
        ArticleFilter sameSection = ArticleFilter.language(article.lang())
                .withSection(article.section().id());
        return page(sameSection, new ArticleCursor(article.publishedAt(), article.id()), null, 1).stream()
                .findFirst();
    }

    /** The published story in the same section and language just after this one, if any. */
    public Optional<ArticleSummary> nextInSection(Article article) {
        if (article.section() == null) {
            return Optional.empty();
        }
        ArticleFilter sameSection = ArticleFilter.language(article.lang())
                .withSection(article.section().id());
        return page(sameSection, null, new ArticleCursor(article.publishedAt(), article.id()), 1).stream()
                .findFirst();
    }

    /** The most viewed published stories in a language since a UTC day (epoch day number). */
    public List<ArticleSummary> mostRead(Language lang, long sinceEpochDay, int limit) {
        return jdbc.sql(
                        "select " + SUMMARY_COLUMNS
                                + """
                         , v.total from (
                             select article_id, sum(views) as total from article_views
                             where day >= :since group by article_id) v
                         join articles a on a.id = v.article_id
                        """
                                + SUMMARY_JOINS
                                + """
                         where a.status = 'published' and a.lang = :lang
                        """
                                + ShownDates.CONDITION
                                + """
                         order by v.total desc, a.published_at desc
                         limit :limit""")
                .params(shownParams())
                .param("since", sinceEpochDay)
                .param("lang", lang.code())
                .param("limit", limit)
                .query(ArticleRepository::summary)
                .list();
    }

    public long countAll() {
        return jdbc.sql("select count(*) from articles").query(Long.class).single();
    }

    private Optional<Article> findOne(String condition, Object key) {
        return withTerms(articlesWhere(condition, key)).stream().findFirst();
    }

    /** Articles matching a condition on {@code :key}, with section, source and image, but no tags or authors yet. */
    private List<Article> articlesWhere(String condition, Object key) {
        return jdbc.sql(
                        """
                        select a.*, b.body_source, b.body_format, b.body_html,
                               s.slug as section_slug, coalesce(sn.name, s.slug) as section_name,
                               src.slug as source_slug, src.name as source_name, src.homepage as source_homepage,
                        """
                                + IMAGE_COLUMNS + " from articles a join article_bodies b on b.article_id = a.id "
                                + SUMMARY_JOINS + " where " + condition)
                .param("key", key)
                .query(ArticleRepository::articleWithoutTerms)
                .list();
    }

    /** The articles with their tags and authors, read for all of them at once. */
    private List<Article> withTerms(List<Article> articles) {
        if (articles.isEmpty()) {
            return articles;
        }
        List<Long> ids = articles.stream().map(Article::id).toList();
        Map<Long, List<Tag>> tags = new HashMap<>();
        jdbc.sql(
                        """
                        select at.article_id, t.id, t.slug, t.name from article_tags at join tags t on t.id = at.tag_id
                        where at.article_id in (:ids) order by at.article_id, at.position""")
                .param("ids", ids)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Tag(rs.getLong(2), rs.getString(3), rs.getString(4)));
                });
        Map<Long, List<Author>> authors = new HashMap<>();
        jdbc.sql(
                        """
                        select aa.article_id, w.id, w.slug, w.name from article_authors aa
                        join authors w on w.id = aa.author_id
                        where aa.article_id in (:ids) order by aa.article_id, aa.position""")
                .param("ids", ids)
                .query(rs -> {
                    authors.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Author(rs.getLong(2), rs.getString(3), rs.getString(4)));
                });
        return articles.stream()
                .map(a -> new Article(
                        a.id(),
                        a.externalId(),
                        a.lang(),
                        a.slug(),
                        a.headline(),
                        a.dek(),
                        a.bodySource(),
                        a.bodyFormat(),
                        a.bodyHtml(),
                        a.section(),
                        a.source(),
                        a.sourceUrl(),
                        a.publishedAt(),
                        a.updatedAt(),
                        a.status(),
                        a.translationOf(),
                        a.translationGroup(),
                        List.copyOf(tags.getOrDefault(a.id(), List.of())),
                        List.copyOf(authors.getOrDefault(a.id(), List.of())),
                        a.version(),
                        a.createdBy(),
                        a.publishAt(),
                        a.firstPublishedAt(),
                        a.leadImage()))
                .toList();
    }

    private static Article articleWithoutTerms(ResultSet rs, int row) throws SQLException {
        return new Article(
                rs.getLong("id"),
                rs.getString("external_id"),
                Language.of(rs.getString("lang")),
                rs.getString("slug"),
                rs.getString("headline"),
                rs.getString("dek"),
                rs.getString("body_source"),
                BodyFormat.fromCode(rs.getString("body_format")),
                rs.getString("body_html"),
                section(rs),
                source(rs),
                rs.getString("source_url"),
                instant(rs, "published_at"),
                instant(rs, "updated_at"),
                ArticleStatus.fromCode(rs.getString("status")),
                rs.getString("translation_of"),
                rs.getString("translation_group"),
                List.of(),
                List.of(),
                rs.getInt("version"),
                nullableLong(rs, "created_by"),
                instant(rs, "publish_at"),
                instant(rs, "first_published_at"),
                leadImage(rs));
    }

    static ArticleSummary summary(ResultSet rs, int row) throws SQLException {
        return new ArticleSummary(
                rs.getLong("id"),
                rs.getString("external_id"),
                Language.of(rs.getString("lang")),
                rs.getString("slug"),
                rs.getString("headline"),
                rs.getString("dek"),
                instant(rs, "published_at"),
                instant(rs, "updated_at"),
                section(rs),
                source(rs),
                leadImage(rs));
    }

    /** The lead image from the {@link #IMAGE_COLUMNS} of a row, if the article has one. */
    static LeadImage leadImage(ResultSet rs) throws SQLException {
        long id = rs.getLong("img_id");
        if (rs.wasNull()) {
            return null;
        }
        return new LeadImage(
                id,
                rs.getString("img_alt"),
                rs.getString("img_caption"),
                rs.getString("img_credit"),
                rs.getInt("img_width"),
                rs.getInt("img_height"),
                LeadImage.parseWidths(rs.getString("img_widths")),
                "image/png".equals(rs.getString("img_type")) ? "png" : "jpg");
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Section section(ResultSet rs) throws SQLException {
        long id = rs.getLong("section_id");
        return rs.wasNull() ? null : new Section(id, rs.getString("section_slug"), rs.getString("section_name"));
    }

    private static Source source(ResultSet rs) throws SQLException {
        long id = rs.getLong("source_id");
        return rs.wasNull()
                ? null
                : new Source(
                        id, rs.getString("source_slug"), rs.getString("source_name"), rs.getString("source_homepage"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
