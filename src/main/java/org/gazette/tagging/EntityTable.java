package org.gazette.tagging;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gazette.entity.EntityType;
import org.gazette.entity.linking.KnownEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code entities} and {@code entity_names} tables: the entities stories name, with what the linker knows
 * of them (the profile) and what editors decided (type, names, hidden, merged into another).
 */
@Component
class EntityTable {

    private static final Logger log = LoggerFactory.getLogger(EntityTable.class);

    /** An entity as stored. */
    record Row(
            long id,
            String slug,
            EntityType type,
            String isoCode,
            boolean hidden,
            Long mergedInto,
            boolean namesEdited,
            Map<String, String> names) {

        /** The display name in the language, else in English, else any. */
        String name(String lang) {
            String name = names.get(lang);
            if (name == null) {
                name = names.get("en");
            }
            return name != null
                    ? name
                    : names.values().stream().sorted().findFirst().orElse(slug);
        }
    }

    private static final String UPSERT =
            """
            insert into entities (slug, type, iso_code, profile, created_at, updated_at)
            values (:slug, :type, :iso, :profile, :now, :now)
            on conflict (slug) do update set profile = excluded.profile, iso_code = excluded.iso_code,
                updated_at = excluded.updated_at
            returning id, names_edited
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    EntityTable(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every stored entity as the linker knows it, in the order they were first stored. */
    Map<String, KnownEntity> profiles() {
        Map<String, KnownEntity> all = new LinkedHashMap<>();
        jdbc.sql("select slug, type, profile from entities order by id")
                .query((rs, i) -> all.put(rs.getString(1), known(rs.getString(1), rs.getString(2), rs.getString(3))))
                .list();
        return all;
    }

    /** The entities stored by others (an editor's split) after the one with this id, in order. */
    Map<String, KnownEntity> profilesAfter(long id) {
        Map<String, KnownEntity> added = new LinkedHashMap<>();
        jdbc.sql("select slug, type, profile from entities where id > :id order by id")
                .param("id", id)
                .query((rs, i) -> added.put(rs.getString(1), known(rs.getString(1), rs.getString(2), rs.getString(3))))
                .list();
        return added;
    }

    /**
     * The entity as the linker knows it: its profile, with the row's type (which an editor may have corrected).
     * A profile that cannot be read (written by hand, or by a version that stored less) must not stop every
     * later story from being tagged: the entity is then known by its slug and type only, and the linker fills
     * in what it learns again.
     */
    private static KnownEntity known(String slug, String type, String profile) {
        EntityType rowType = EntityType.valueOf(type);
        try {
            return EntityProfile.fromJson(profile).entity(slug, rowType);
        } catch (RuntimeException e) {
            log.warn(
                    "The stored profile of entity {} cannot be read ({}); it is known by its slug and type only",
                    slug,
                    e.toString());
            return new KnownEntity(
                    slug, rowType, Map.of(), Set.of(), Set.of(), Set.of(), Set.of(), "", Set.of(), Set.of());
        }
    }

    long lastId() {
        return jdbc.sql("select coalesce(max(id), 0) from entities")
                .query(Long.class)
                .single();
    }

    /**
     * Stores what the linker knows of the entity (new, or its profile changed) and its names, unless an
     * editor set those; returns its id. The type is the linker's only for a new entity: an editor's
     * correction of it stays.
     */
    long save(KnownEntity entity) {
        long[] saved = new long[2];
        jdbc.sql(UPSERT)
                .param("slug", entity.key())
                .param("type", entity.type().name())
                .param("iso", entity.isoCode())
                .param("profile", EntityProfile.of(entity).json())
                .param("now", clock.millis())
                .query((rs, i) -> {
                    saved[0] = rs.getLong(1);
                    saved[1] = rs.getLong(2);
                    return null;
                })
                .list();
        if (saved[1] == 0) {
            entity.names().forEach((lang, name) -> putName(saved[0], lang, name));
        }
        return saved[0];
    }

    /** The id of the entity with this slug, if stored. */
    Optional<Long> idOf(String slug) {
        return jdbc.sql("select id from entities where slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .optional();
    }

    Optional<Row> find(long id) {
        return rows("where id = :key", id).stream().findFirst();
    }

    Optional<Row> findBySlug(String slug) {
        return rows("where slug = :key", slug).stream().findFirst();
    }

    /** Which entity each merged one's mentions go to: merged_into by id, for the entities merged. */
    Map<Long, Long> merges() {
        Map<Long, Long> merges = new HashMap<>();
        jdbc.sql("select id, merged_into from entities where merged_into is not null")
                .query((rs, i) -> merges.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return merges;
    }

    void putName(long id, String lang, String name) {
        jdbc.sql("insert into entity_names (entity_id, lang, name) values (:id, :lang, :name)"
                        + " on conflict (entity_id, lang) do update set name = excluded.name")
                .param("id", id)
                .param("lang", lang)
                .param("name", name)
                .update();
    }

    private List<Row> rows(String condition, Object key) {
        List<Row> rows = jdbc.sql(
                        "select id, slug, type, iso_code, hidden, merged_into, names_edited from entities " + condition)
                .param("key", key)
                .query((rs, i) -> {
                    long merged = rs.getLong(6);
                    Long mergedInto = rs.wasNull() ? null : merged;
                    return new Row(
                            rs.getLong(1),
                            rs.getString(2),
                            EntityType.valueOf(rs.getString(3)),
                            rs.getString(4),
                            rs.getInt(5) != 0,
                            mergedInto,
                            rs.getInt(7) != 0,
                            Map.of());
                })
                .list();
        return rows.stream().map(row -> withNames(row)).toList();
    }

    private Row withNames(Row row) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select lang, name from entity_names where entity_id = :id order by lang")
                .param("id", row.id())
                .query((rs, i) -> names.put(rs.getString(1), rs.getString(2)))
                .list();
        return new Row(
                row.id(),
                row.slug(),
                row.type(),
                row.isoCode(),
                row.hidden(),
                row.mergedInto(),
                row.namesEdited(),
                names);
    }
}
