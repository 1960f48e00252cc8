package org.gazette.entity.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gazette.entity.EntityType;
import org.gazette.text.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads entities as readers may see them. A hidden entity is, to readers, no entity at all; a merged one
 * has moved to the entity it was merged into, and where a story or an event still names it, the survivor
 * is shown instead.
 */
@Service
public class EntityDirectory {

    /** Merges followed from a merged slug at most: a loop an editor made by hand must not hang a request. */
    private static final int MERGE_HOPS = 10;
    /** Ids per {@code in (...)}: well below both engines' limits on bind parameters. */
    private static final int IDS_PER_QUERY = 1000;

    private final JdbcClient jdbc;

    EntityDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The entity with this slug, when it is shown: not hidden, not merged into another. */
    public Optional<ListedEntity> find(String slug) {
        return jdbc.sql("select id from entities where slug = :slug and hidden = 0 and merged_into is null")
                .param("slug", slug)
                .query(Long.class)
                .optional()
                .flatMap(id -> Optional.ofNullable(withNames(List.of(id)).get(id)));
    }

    /**
     * The shown entity a reader means by a name typed into a filter ("Ilham Aliyev", "Алиев", "aliyev"): one
     * whose name in any language is the text, ignoring case, or else ends with it as a word (a surname).
     * Where several match, the one the most stories name. Empty when none does, or for a text too short or
     * too long to be a name.
     */
    public Optional<ListedEntity> findByName(String typed) {
        String text = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (text.length() < 2 || text.length() > 200) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        // lower() folds only ASCII letters in SQLite: the exact text is compared too, so that a Cyrillic name
        // typed as it is written is found on both engines
        String sql =
                """
                select e.id from entities e join entity_names n on n.entity_id = e.id
                where e.hidden = 0 and e.merged_into is null
                  and (n.name = :text or lower(n.name) = :lower or n.name like :suffix or lower(n.name) like :lowerSuffix)
                group by e.id
                order by max(case when n.name = :text or lower(n.name) = :lower then 1 else 0 end) desc,
                         (select count(*) from article_entities a where a.entity_id = e.id) desc, e.id
                """;
        return jdbc
                .sql(sql)
                .param("text", text)
                .param("lower", lower)
                .param("suffix", "% " + likeLiteral(text))
                .param("lowerSuffix", "% " + likeLiteral(lower))
                .query(Long.class)
                .list()
                .stream()
                .findFirst()
                .flatMap(id -> Optional.ofNullable(withNames(List.of(id)).get(id)));
    }

    /** The text with LIKE's wildcards taken literally (neither engine has an escape character by default). */
    private static String likeLiteral(String text) {
        return text.replace("%", "").replace("_", "");
    }

    /**
     * Where a merged entity's slug leads now: the slug of the entity it was merged into (through any
     * number of merges), when that one is shown. Empty for unknown, hidden and current slugs.
     */
    public Optional<String> movedTo(String slug) {
        Optional<Row> row = row("slug = :key", slug);
        for (int hop = 0; hop < MERGE_HOPS && row.isPresent(); hop++) {
            Row current = row.get();
            if (current.hidden()) {
                return Optional.empty();
            }
            if (current.mergedInto() == null) {
                return hop == 0 ? Optional.empty() : Optional.of(current.slug());
            }
            row = row("id = :key", current.mergedInto());
        }
        return Optional.empty();
    }

    /**
     * The shown entities a story names, most mentioned first. Central are those its headline names and
     * those mentioned as often as the most mentioned one: what the story is about, rather than mentions.
     */
    public List<StoryEntity> ofStory(long articleId, Language lang, String headline) {
        record Named(long id, int mentions, int firstStart) {}
        List<Named> rows = jdbc.sql(
                        """
                        select coalesce(e.merged_into, e.id), ae.mentions, ae.first_start
                        from article_entities ae join entities e on e.id = ae.entity_id
                        where ae.article_id = :article
                        order by ae.mentions desc, ae.first_start, e.id""")
                .param("article", articleId)
                .query((rs, i) -> new Named(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .list();
        Map<Long, ListedEntity> shown = shown(rows.stream().map(Named::id).toList());
        int most = rows.stream()
                .filter(row -> shown.containsKey(row.id()))
                .mapToInt(Named::mentions)
                .max()
                .orElse(0);
        String title = headline == null ? "" : headline.toLowerCase(Locale.ROOT);
        Set<Long> seen = new LinkedHashSet<>();
        List<StoryEntity> named = new ArrayList<>();
        for (Named row : rows) {
            ListedEntity entity = shown.get(row.id());
            if (entity != null && seen.add(row.id())) {
                boolean central = row.mentions() == most || inHeadline(entity, lang, title);
                named.add(new StoryEntity(entity, row.mentions(), row.firstStart(), central));
            }
        }
        return named;
    }

    /** The shown entities each of these stories names, for the search index's facets. */
    public Map<Long, List<ListedEntity>> ofStories(Collection<Long> articleIds) {
        List<Long> all = List.copyOf(new LinkedHashSet<>(articleIds));
        Map<Long, List<Long>> ids = new HashMap<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            jdbc.sql(
                            """
                            select ae.article_id, coalesce(e.merged_into, e.id)
                            from article_entities ae join entities e on e.id = ae.entity_id
                            where ae.article_id in (:ids)
                            order by ae.article_id, ae.mentions desc, ae.first_start""")
                    .param("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .query((rs, i) -> ids.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2)))
                    .list();
        }
        Map<Long, ListedEntity> shown =
                shown(ids.values().stream().flatMap(List::stream).toList());
        Map<Long, List<ListedEntity>> named = new HashMap<>();
        ids.forEach((article, entities) -> named.put(
                article,
                entities.stream()
                        .distinct()
                        .map(shown::get)
                        .filter(e -> e != null)
                        .toList()));
        return named;
    }

    /**
     * The ids of every entity a story names, shown or not, and of those they were merged into: the entity
     * pages that list the story.
     */
    public Set<Long> idsNamedBy(long articleId) {
        Set<Long> ids = new LinkedHashSet<>();
        jdbc.sql(
                        """
                        select e.id, e.merged_into from article_entities ae join entities e on e.id = ae.entity_id
                        where ae.article_id = :article""")
                .param("article", articleId)
                .query((rs, i) -> {
                    ids.add(rs.getLong(1));
                    long merged = rs.getLong(2);
                    if (!rs.wasNull()) {
                        ids.add(merged);
                    }
                    return null;
                })
                .list();
        return ids;
    }

    /**
     * The shown entities among these ids, by id. A merged id maps to the entity it was merged into (one
     * merge deep, as the tagger relinks mentions after a merge); a hidden one is left out.
     */
    public Map<Long, ListedEntity> shown(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        Map<Long, Long> target = new HashMap<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            jdbc.sql(
                            """
                            select e.id, t.id from entities e join entities t on t.id = coalesce(e.merged_into, e.id)
                            where e.id in (:ids) and e.hidden = 0 and t.hidden = 0 and t.merged_into is null""")
                    .param("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)))
                    .query((rs, i) -> target.put(rs.getLong(1), rs.getLong(2)))
                    .list();
        }
        Map<Long, ListedEntity> entities = withNames(Set.copyOf(target.values()));
        Map<Long, ListedEntity> shown = new LinkedHashMap<>();
        for (Long id : all) {
            Long to = target.get(id);
            if (to != null && entities.containsKey(to)) {
                shown.put(id, entities.get(to));
            }
        }
        return shown;
    }

    private static boolean inHeadline(ListedEntity entity, Language lang, String headline) {
        if (headline.isEmpty()) {
            return false;
        }
        String name = entity.name(lang).toLowerCase(Locale.ROOT);
        if (headline.contains(name)) {
            return true;
        }
        // a person is often named by surname alone in a headline ("Blinken, Aliyev discuss ...")
        int space = name.lastIndexOf(' ');
        return entity.type() == EntityType.PER && space > 0 && name.length() - space > 4
                ? headline.contains(name.substring(space + 1))
                : false;
    }

    private record Row(long id, String slug, boolean hidden, Long mergedInto) {}

    private Optional<Row> row(String condition, Object key) {
        return jdbc.sql("select id, slug, hidden, merged_into from entities where " + condition)
                .param("key", key)
                .query((rs, i) -> {
                    long merged = rs.getLong(4);
                    Long into = rs.wasNull() ? null : merged;
                    return new Row(rs.getLong(1), rs.getString(2), rs.getInt(3) != 0, into);
                })
                .optional();
    }

    /** The entities with these ids and their names, by id. */
    private Map<Long, ListedEntity> withNames(Collection<Long> ids) {
        Map<Long, ListedEntity> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
            Map<Long, Map<String, String>> names = new HashMap<>();
            jdbc.sql("select entity_id, lang, name from entity_names where entity_id in (:ids)")
                    .param("ids", chunk)
                    .query((rs, i) -> names.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getString(3)))
                    .list();
            jdbc.sql("select id, slug, type, iso_code from entities where id in (:ids)")
                    .param("ids", chunk)
                    .query((rs, i) -> {
                        long id = rs.getLong(1);
                        return found.put(
                                id,
                                new ListedEntity(
                                        id,
                                        rs.getString(2),
                                        EntityType.valueOf(rs.getString(3)),
                                        rs.getString(4),
                                        names.getOrDefault(id, Map.of())));
                    })
                    .list();
        }
        return found;
    }
}
