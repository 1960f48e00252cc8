package org.gazette.tagging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.entity.EntitiesChanged;
import org.gazette.entity.EntityType;
import org.gazette.entity.linking.KnownEntity;
import org.gazette.text.Language;
import org.gazette.text.Slug;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do to entities in the newsroom: list and look them up, rename them per language, correct their
 * type, hide them, merge one into another, split stories off to a new entity, and fix single mentions. Every
 * action is stored where re-tagging reads it (flags on {@code entities}, rows of {@code entity_corrections}), so
 * it sticks when a story is tagged again; the stories it concerns are queued to be tagged again, and
 * {@link EntitiesChanged} is published in the same transaction. Input that cannot be acted on raises
 * {@link InvalidEntityEditException} before anything is written.
 */
@Component
public class EntityEditing {

    /** Entities per page of the list. */
    public static final int PAGE_SIZE = 50;

    /** Stories an entity page lists at most. */
    private static final int STORIES_SHOWN = 200;

    private static final int MAX_NAME = 200;

    private final JdbcClient jdbc;
    private final EntityTable entities;
    private final StoryEntities stories;
    private final EditorCorrections corrections;
    private final TaggingQueue queue;
    private final ArticleRepository articles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EntityEditing(
            JdbcClient jdbc,
            EntityTable entities,
            StoryEntities stories,
            EditorCorrections corrections,
            TaggingQueue queue,
            ArticleRepository articles,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.stories = stories;
        this.corrections = corrections;
        this.queue = queue;
        this.articles = articles;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A page of entities whose name (in any language) or slug contains {@code query} (case-insensitive; blank:
     * all), of one type or all ({@code type} null), the most named first.
     */
    @Transactional(readOnly = true)
    public EntityListing list(String query, EntityType type, int page) {
        int shown = Math.max(1, page);
        String words = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        StringBuilder sql = new StringBuilder(
                """
                select e.id, e.slug, e.type, e.hidden, m.slug,
                       (select count(*) from article_entities ae where ae.entity_id = e.id) as stories
                from entities e left join entities m on m.id = e.merged_into where 1 = 1
                """);
        Map<String, Object> params = new HashMap<>();
        if (!words.isEmpty()) {
            sql.append(" and (lower(e.slug) like :like escape '!' or exists (select 1 from entity_names n"
                    + " where n.entity_id = e.id and lower(n.name) like :like escape '!'))");
            params.put("like", "%" + words.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (type != null) {
            sql.append(" and e.type = :type");
            params.put("type", type.name());
        }
        sql.append(" order by stories desc, e.id limit :limit offset :offset");
        params.put("limit", PAGE_SIZE + 1);
        params.put("offset", (long) (shown - 1) * PAGE_SIZE);
        List<EntitySummary> found = new ArrayList<>(jdbc.sql(sql.toString())
                .params(params)
                .query((rs, i) -> new EntitySummary(
                        rs.getLong(1),
                        rs.getString(2),
                        EntityType.valueOf(rs.getString(3)),
                        "",
                        rs.getLong(6),
                        rs.getInt(4) != 0,
                        rs.getString(5)))
                .list());
        boolean more = found.size() > PAGE_SIZE;
        List<EntitySummary> named = found.stream()
                .limit(PAGE_SIZE)
                .map(e -> new EntitySummary(
                        e.id(),
                        e.slug(),
                        e.type(),
                        entities.find(e.id()).map(row -> row.name("en")).orElse(e.slug()),
                        e.stories(),
                        e.hidden(),
                        e.mergedInto()))
                .toList();
        return new EntityListing(named, shown, more);
    }

    /** The entity with this slug, with its stories and mentions. */
    @Transactional(readOnly = true)
    public EntityDetails details(String slug) {
        EntityTable.Row row = existing(slug);
        Map<Long, List<EntityDetails.MentionAt>> byStory = new LinkedHashMap<>();
        List<Long> ids = stories.storiesOf(row.id(), STORIES_SHOWN);
        ids.forEach(id -> byStory.put(id, new ArrayList<>()));
        if (!ids.isEmpty()) {
            jdbc.sql("select article_id, start_at, end_at, surface, type from article_mentions"
                            + " where entity_id = :entity and article_id in (:ids) order by article_id, start_at")
                    .param("entity", row.id())
                    .param("ids", ids)
                    .query((rs, i) -> byStory.get(rs.getLong(1))
                            .add(new EntityDetails.MentionAt(
                                    rs.getInt(2), rs.getInt(3), rs.getString(4), EntityType.valueOf(rs.getString(5)))))
                    .list();
        }
        Map<Long, Article> found = new HashMap<>();
        articles.findAll(ids).forEach(article -> found.put(article.id(), article));
        List<EntityDetails.StoryMentions> listed = new ArrayList<>();
        byStory.forEach((id, mentions) -> {
            Article article = found.get(id);
            if (article != null) {
                listed.add(new EntityDetails.StoryMentions(id, article.lang().code(), article.headline(), mentions));
            }
        });
        String mergedInto = row.mergedInto() == null
                ? null
                : entities.find(row.mergedInto()).map(EntityTable.Row::slug).orElse(null);
        return new EntityDetails(
                row.id(), row.slug(), row.type(), row.names(), row.hidden(), row.namesEdited(), mergedInto, listed);
    }

    /** Sets the entity's display name in a language; re-tagging never changes its names again. */
    @Transactional
    public void rename(String slug, String lang, String name) {
        EntityTable.Row row = existing(slug);
        String language = supported(lang);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new InvalidEntityEditException("A name cannot be empty.");
        }
        if (clean.length() > MAX_NAME) {
            throw new InvalidEntityEditException("A name has at most " + MAX_NAME + " characters.");
        }
        entities.putName(row.id(), language, clean);
        jdbc.sql("update entities set names_edited = 1, updated_at = :now where id = :id")
                .param("now", clock.millis())
                .param("id", row.id())
                .update();
        shown(row.id());
    }

    /** Corrects the entity's type (PER, ORG or LOC). */
    @Transactional
    public void retype(String slug, String type) {
        EntityTable.Row row = existing(slug);
        EntityType parsed = type(type);
        jdbc.sql("update entities set type = :type, updated_at = :now where id = :id")
                .param("type", parsed.name())
                .param("now", clock.millis())
                .param("id", row.id())
                .update();
        shown(row.id());
    }

    /** Hides the entity from every list and page, or shows it again; its stories still name it. */
    @Transactional
    public void hide(String slug, boolean hidden) {
        EntityTable.Row row = existing(slug);
        jdbc.sql("update entities set hidden = :hidden, updated_at = :now where id = :id")
                .param("hidden", hidden ? 1 : 0)
                .param("now", clock.millis())
                .param("id", row.id())
                .update();
        shown(row.id());
    }

    /**
     * Merges the entity into another: from now on its mentions link there, and so do those of entities merged
     * into it before. Its stories are tagged again.
     */
    @Transactional
    public void merge(String slug, String intoSlug) {
        EntityTable.Row row = existing(slug);
        if (intoSlug == null || intoSlug.isBlank()) {
            throw new InvalidEntityEditException("Say which entity to merge into (its slug).");
        }
        EntityTable.Row into = entities.findBySlug(intoSlug.strip())
                .orElseThrow(() -> new InvalidEntityEditException("There is no entity '" + intoSlug.strip() + "'."));
        if (into.id() == row.id()) {
            throw new InvalidEntityEditException("An entity cannot be merged into itself.");
        }
        if (row.mergedInto() != null) {
            throw new InvalidEntityEditException("'" + row.slug() + "' is already merged into another entity.");
        }
        if (into.mergedInto() != null) {
            throw new InvalidEntityEditException(
                    "'" + into.slug() + "' is merged into another entity; merge into that one instead.");
        }
        if (into.hidden()) {
            throw new InvalidEntityEditException(
                    "'" + into.slug() + "' is hidden; show it again before merging into it.");
        }
        jdbc.sql("update entities set merged_into = :into, updated_at = :now where id = :id or merged_into = :id")
                .param("into", into.id())
                .param("now", clock.millis())
                .param("id", row.id())
                .update();
        changed(row.id(), Set.of(into.id()));
    }

    /**
     * Moves the entity's mentions in the chosen stories to a new entity of the same type with the given name:
     * the mentions' surfaces are linked to it in those stories (corrections scoped to each story), so a
     * re-tag keeps them apart. Returns the new entity's slug.
     */
    @Transactional
    public String split(String slug, List<Long> articleIds, String name, String editor) {
        EntityTable.Row row = existing(slug);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new InvalidEntityEditException("The new entity needs a name of 1 to " + MAX_NAME + " characters.");
        }
        Set<Long> chosen = new LinkedHashSet<>(articleIds == null ? List.of() : articleIds);
        if (chosen.isEmpty()) {
            throw new InvalidEntityEditException("Choose the stories that name the new entity.");
        }
        Set<Long> named = new LinkedHashSet<>(jdbc.sql("select article_id from article_entities where entity_id = :id")
                .param("id", row.id())
                .query(Long.class)
                .list());
        if (!named.containsAll(chosen)) {
            throw new InvalidEntityEditException("Some chosen stories do not name '" + row.slug() + "'.");
        }
        if (chosen.containsAll(named)) {
            throw new InvalidEntityEditException(
                    "Every story of '" + row.slug() + "' was chosen; rename the entity instead.");
        }
        Map<Long, String> langs = new HashMap<>();
        articles.findAll(chosen)
                .forEach(article -> langs.put(article.id(), article.lang().code()));
        String newSlug = freeSlug(clean, row.type());
        Map<String, String> names = new LinkedHashMap<>();
        langs.values().forEach(lang -> names.put(lang, clean));
        long id = entities.save(KnownEntity.named(newSlug, row.type(), names, Set.of(), Set.of()));
        jdbc.sql("update entities set names_edited = 1 where id = :id")
                .param("id", id)
                .update();
        for (long articleId : chosen) {
            String lang = langs.get(articleId);
            for (StoryEntities.StoredMention mention : stories.mentionsOf(articleId)) {
                if (mention.entityId() != null && mention.entityId() == row.id()) {
                    corrections.link(SurfaceKey.of(mention.surface(), lang), lang, articleId, id, editor);
                }
            }
        }
        queue.queue(chosen);
        events.publishEvent(new TaggingRequested());
        events.publishEvent(new EntitiesChanged(chosen, Set.of(row.id(), id)));
        return newSlug;
    }

    /**
     * Says that a mention in a story is no entity: in that story only, or ({@code everywhere}) wherever those
     * words appear in stories of its language.
     */
    @Transactional
    public void ignoreMention(long articleId, int start, boolean everywhere, String editor) {
        MentionInStory mention = mention(articleId, start);
        corrections.ignore(mention.key(), mention.lang(), everywhere ? null : articleId, editor);
        requeue(mention, everywhere);
    }

    /** Says that a mention in a story names the entity with this slug: in that story only, or everywhere. */
    @Transactional
    public void linkMention(long articleId, int start, String entitySlug, boolean everywhere, String editor) {
        MentionInStory mention = mention(articleId, start);
        if (entitySlug == null || entitySlug.isBlank()) {
            throw new InvalidEntityEditException("Say which entity the mention names (its slug).");
        }
        EntityTable.Row target = entities.findBySlug(entitySlug.strip())
                .orElseThrow(() -> new InvalidEntityEditException("There is no entity '" + entitySlug.strip() + "'."));
        if (target.mergedInto() != null || target.hidden()) {
            throw new InvalidEntityEditException("'" + target.slug() + "' is merged or hidden; choose another entity.");
        }
        corrections.link(mention.key(), mention.lang(), everywhere ? null : articleId, target.id(), editor);
        requeue(mention, everywhere);
    }

    /** A stored mention, with what its corrections are keyed on. */
    private record MentionInStory(long articleId, String lang, String surface, SurfaceKey key) {}

    private MentionInStory mention(long articleId, int start) {
        Article article = articles.findById(articleId)
                .orElseThrow(
                        () -> new InvalidEntityEditException("There is no story " + articleId + " with that mention."));
        String lang = article.lang().code();
        return stories.mentionsOf(articleId).stream()
                .filter(m -> m.start() == start)
                .findFirst()
                .map(m -> new MentionInStory(articleId, lang, m.surface(), SurfaceKey.of(m.surface(), lang)))
                .orElseThrow(() -> new InvalidEntityEditException(
                        "Story " + articleId + " has no mention starting at " + start + "."));
    }

    /**
     * Queues the story, and for a correction in every story of the language the stories of that language with
     * a mention of the same words (other spellings are corrected when those stories are next tagged).
     */
    private void requeue(MentionInStory mention, boolean everywhere) {
        Set<Long> ids = new LinkedHashSet<>(List.of(mention.articleId()));
        if (everywhere) {
            ids.addAll(jdbc.sql(
                            "select distinct m.article_id from article_mentions m join articles a on a.id = m.article_id"
                                    + " where m.surface = :surface and a.lang = :lang")
                    .param("surface", mention.surface())
                    .param("lang", mention.lang())
                    .query(Long.class)
                    .list());
        }
        Set<Long> touched = new LinkedHashSet<>();
        ids.forEach(id -> touched.addAll(stories.entitiesOf(id)));
        queue.queue(ids);
        events.publishEvent(new TaggingRequested());
        events.publishEvent(new EntitiesChanged(ids, touched));
    }

    /** Says that the entity shows differently (name, type, hidden): its pages change, its stories' tags do not. */
    private void shown(long entityId) {
        Set<Long> ids = new LinkedHashSet<>(jdbc.sql("select article_id from article_entities where entity_id = :id")
                .param("id", entityId)
                .query(Long.class)
                .list());
        events.publishEvent(new EntitiesChanged(ids, Set.of(entityId)));
    }

    /** Queues the entity's stories and says that it (and {@code others}) changed. */
    private void changed(long entityId, Set<Long> others) {
        Set<Long> ids = new LinkedHashSet<>(jdbc.sql("select article_id from article_entities where entity_id = :id")
                .param("id", entityId)
                .query(Long.class)
                .list());
        Set<Long> touched = new LinkedHashSet<>(others);
        touched.add(entityId);
        queue.queue(ids);
        events.publishEvent(new TaggingRequested());
        events.publishEvent(new EntitiesChanged(ids, touched));
    }

    private EntityTable.Row existing(String slug) {
        return entities.findBySlug(slug == null ? "" : slug)
                .orElseThrow(() -> new InvalidEntityEditException("There is no entity '" + slug + "'."));
    }

    private static String supported(String lang) {
        if (lang == null || !Language.isSupported(lang)) {
            throw new InvalidEntityEditException(
                    "Unknown language '" + lang + "'; use one of " + Language.SUPPORTED + ".");
        }
        return lang;
    }

    private static EntityType type(String type) {
        for (EntityType each : EntityType.values()) {
            if (each.name().equalsIgnoreCase(type == null ? "" : type.strip())) {
                return each;
            }
        }
        throw new InvalidEntityEditException("Unknown type '" + type + "'; use PER, ORG or LOC.");
    }

    /** A slug for a new entity named so that no stored entity has. */
    private String freeSlug(String name, EntityType type) {
        String base = Slug.from(name).map(Slug::value).orElse(type.name().toLowerCase(Locale.ROOT));
        String candidate = base;
        for (int n = 2; entities.idOf(candidate).isPresent(); n++) {
            candidate = new Slug(base).withSuffix(n).value();
        }
        return candidate;
    }
}
