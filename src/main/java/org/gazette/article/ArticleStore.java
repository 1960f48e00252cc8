package org.gazette.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.gazette.taxonomy.ArticleTerms;
import org.gazette.taxonomy.TaxonomyRepository;
import org.gazette.taxonomy.TermKind;
import org.gazette.text.Language;
import org.gazette.text.Sha256;
import org.gazette.text.Slug;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes articles. An article is identified by its external id (the import format's {@code id}):
 * saving the same id again updates it in place and never makes a second one; saving exactly what is
 * stored writes nothing. Translation links are kept as a group key shared by every language of a
 * story, so they resolve whichever language arrives first.
 *
 * <p>Every write, whatever it changes (content, status, slug, a correction note, a deletion), happens
 * here, keeps a revision where the article survives it, and publishes {@link ArticleChanged} inside its
 * transaction, so listeners that keep derived data (the search outbox) commit or roll back with it.
 * The one exception is {@link #reassign}, a merge of terms, where the taxonomy announces what changed.
 */
@Service
public class ArticleStore implements ArticleTerms {

    private final SavedStoryMetrics metrics;
    private final JdbcClient jdbc;
    private final TaxonomyRepository taxonomy;
    private final BodyRenderer renderer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ArticleHistory history;
    private final ArticleRepository articles;

    ArticleStore(
            JdbcClient jdbc,
            TaxonomyRepository taxonomy,
            BodyRenderer renderer,
            ApplicationEventPublisher events,
            Clock clock,
            ArticleHistory history,
            ArticleRepository articles,
            SavedStoryMetrics metrics) {
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.history = history;
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.renderer = renderer;
        this.events = events;
        this.clock = clock;
    }

    private record Stored(
            long id,
            String externalId,
            String lang,
            String slug,
            String contentHash,
            int version,
            Long leadImageId,
            String status) {}

    private static final String STORED =
            """
            select id, external_id, lang, slug, content_hash, version, lead_image_id, status from articles
            """;

    private Optional<Stored> stored(String condition, Object key) {
        return jdbc.sql(STORED + " where " + condition)
                .param("key", key)
                .query((rs, i) -> {
                    long image = rs.getLong(7);
                    Long leadImage = rs.wasNull() ? null : image;
                    return new Stored(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getInt(6),
                            leadImage,
                            rs.getString(8));
                })
                .optional();
    }

    private Stored require(long articleId) {
        return stored("id = :key", articleId).orElseThrow(() -> new NoSuchArticleException(articleId));
    }

    /** Creates or updates the article with the input's external id, as the importer does (in bulk). */
    @Transactional
    public SaveOutcome save(ArticleInput input) {
        return save(input, Actor.bulk("import"));
    }

    /** Creates or updates the article with the input's external id; a change is kept as a revision by {@code actor}. */
    @Transactional
    public SaveOutcome save(ArticleInput input, Actor actor) {
        Optional<Stored> stored = stored("external_id = :key", input.externalId());
        if (stored.isEmpty()) {
            return insert(input, null, actor);
        }
        Stored current = stored.get();
        return write(current, input, current.leadImageId(), actor);
    }

    /**
     * Creates a new article (from the newsroom or the API). Refused when the external id is taken: a
     * new story never silently replaces another.
     */
    @Transactional
    public SaveOutcome create(ArticleInput input, Long leadImageId, Actor actor) {
        if (stored("external_id = :key", input.externalId()).isPresent()) {
            throw new IllegalArgumentException("an article with id '" + input.externalId() + "' already exists");
        }
        return insert(input, leadImageId, actor);
    }

    /**
     * Saves an edit of the article {@code articleId} made from its version {@code expectedVersion}. When
     * someone else saved in between, nothing is written and {@link EditConflictException} says so.
     * The article keeps its external id and, if its language stays, its slug.
     */
    @Transactional
    public SaveOutcome update(long articleId, int expectedVersion, ArticleInput input, Long leadImageId, Actor actor) {
        Stored current = require(articleId);
        if (current.version() != expectedVersion) {
            throw new EditConflictException(articleId, expectedVersion, current.version());
        }
        if (!current.externalId().equals(input.externalId())) {
            throw new IllegalArgumentException("the id of article " + articleId + " is '" + current.externalId()
                    + "' and cannot change to '" + input.externalId() + "'");
        }
        return write(current, input, leadImageId, actor);
    }

    private SaveOutcome insert(ArticleInput input, Long leadImageId, Actor actor) {
        long now = clock.millis();
        String slug = freeSlug(input.lang(), baseSlug(input), null);
        long id = jdbc.sql(
                        """
                        insert into articles (external_id, lang, slug, headline, dek, section_id, source_id,
                            source_url, published_at, updated_at, status, translation_of, translation_group,
                            created_at, modified_at, version, content_hash, created_by, lead_image_id,
                            first_published_at)
                        values (:externalId, :lang, :slug, :headline, :dek, :sectionId, :sourceId,
                            :sourceUrl, :publishedAt, :updatedAt, :status, :translationOf, :group,
                            :now, :now, 1, :hash, :createdBy, :leadImage,
                            case when :status = 'published' then :publishedAt end)
                        returning id""")
                .param("externalId", input.externalId())
                .param("lang", input.lang().code())
                .param("slug", slug)
                .params(commonParams(input, now))
                .param("createdBy", actor.userId())
                .param("leadImage", leadImageId)
                .query(Long.class)
                .single();
        jdbc.sql(
                        """
                        insert into article_bodies (article_id, body_source, body_format, body_html)
                        values (:id, :bodySource, :bodyFormat, :bodyHtml)""")
                .param("id", id)
                .params(bodyParams(input))
                .update();
        finishWrite(id, input, actor, "created", now);
        metrics.saved(actor, SaveOutcome.Change.CREATED);
        return new SaveOutcome(id, SaveOutcome.Change.CREATED);
    }

    private SaveOutcome write(Stored current, ArticleInput input, Long leadImageId, Actor actor) {
        String hash = contentHash(input);
        if (current.contentHash().equals(hash) && Objects.equals(current.leadImageId(), leadImageId)) {
            return new SaveOutcome(current.id(), SaveOutcome.Change.UNCHANGED);
        }
        long now = clock.millis();
        long id = current.id();
        String slug = current.lang().equals(input.lang().code())
                ? current.slug()
                : freeSlug(input.lang(), baseSlug(input), id);
        int written = jdbc.sql(
                        """
                        update articles set lang = :lang, slug = :slug, headline = :headline, dek = :dek,
                            section_id = :sectionId, source_id = :sourceId, source_url = :sourceUrl,
                            published_at = :publishedAt, updated_at = :updatedAt, status = :status,
                            translation_of = :translationOf, translation_group = :group, modified_at = :now,
                            version = version + 1, content_hash = :hash, lead_image_id = :leadImage,
                            first_published_at = coalesce(first_published_at,
                                case when :status = 'published' then :publishedAt end)
                        where id = :id and version = :version""")
                .param("id", id)
                .param("version", current.version())
                .param("lang", input.lang().code())
                .param("slug", slug)
                .param("leadImage", leadImageId)
                .params(commonParams(input, now))
                .update();
        if (written == 0) {
            // another node saved between our read and our write (PostgreSQL; SQLite writers queue up)
            throw new EditConflictException(id, current.version(), require(id).version());
        }
        jdbc.sql(
                        """
                        update article_bodies set body_source = :bodySource, body_format = :bodyFormat,
                            body_html = :bodyHtml where article_id = :id""")
                .param("id", id)
                .params(bodyParams(input))
                .update();
        jdbc.sql("delete from article_tags where article_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from article_authors where article_id = :id")
                .param("id", id)
                .update();
        finishWrite(id, input, actor, "edited", now);
        metrics.saved(actor, SaveOutcome.Change.UPDATED);
        return new SaveOutcome(id, SaveOutcome.Change.UPDATED);
    }

    private void finishWrite(long id, ArticleInput input, Actor actor, String summary, long now) {
        writeTerms(id, input);
        // articles that named this one as their original before it existed join its group now
        jdbc.sql("update articles set translation_group = :group where translation_of = :externalId "
                        + "and translation_group <> :group")
                .param("group", translationGroup(input))
                .param("externalId", input.externalId())
                .update();
        history.record(id, actor, summary, now);
        events.publishEvent(new ArticleChanged(id, input.externalId(), input.lang(), actor));
    }

    /**
     * Moves an article through the workflow (see {@link ArticleStatus#canMoveTo}). Publishing a story
     * that was never live dates it now; {@code publishAt} is required for {@link ArticleStatus#SCHEDULED}
     * and must lie in the future.
     */
    @Transactional
    public void changeStatus(long articleId, ArticleStatus next, Instant publishAt, Actor actor) {
        Stored current = require(articleId);
        ArticleStatus from = ArticleStatus.fromCode(current.status());
        if (!from.canMoveTo(next)) {
            throw new IllegalStateException("an article that is " + from.code() + " cannot become " + next.code());
        }
        long now = clock.millis();
        if (next == ArticleStatus.SCHEDULED) {
            if (publishAt == null || publishAt.toEpochMilli() <= now) {
                throw new IllegalArgumentException(
                        "a scheduled article needs a publication time in the future, got " + publishAt);
            }
        }
        jdbc.sql(
                        """
                        update articles set status = :status,
                            publish_at = :publishAt,
                            published_at = case when :status = 'published' and first_published_at is null
                                then :now else published_at end,
                            first_published_at = case when :status = 'published'
                                then coalesce(first_published_at, :now) else first_published_at end,
                            version = version + 1, modified_at = :now
                        where id = :id""")
                .param("status", next.code())
                .param("publishAt", next == ArticleStatus.SCHEDULED ? publishAt.toEpochMilli() : null)
                .param("now", now)
                .param("id", articleId)
                .update();
        copyPublicationTimeToTags(articleId);
        history.record(articleId, actor, "status." + next.code(), now);
        events.publishEvent(new ArticleChanged(articleId, current.externalId(), Language.of(current.lang()), actor));
    }

    /**
     * Publishes every scheduled article whose time has come and returns their ids. Each article is
     * claimed by one conditional update, so with several application nodes (or a second run after a
     * restart) every article is published exactly once.
     */
    @Transactional
    public List<Long> publishDue(Actor actor) {
        long now = clock.millis();
        List<Long> claimed = jdbc.sql(
                        """
                        update articles set status = 'published',
                            published_at = case when first_published_at is null then publish_at else published_at end,
                            first_published_at = coalesce(first_published_at, publish_at),
                            publish_at = null, version = version + 1, modified_at = :now
                        where status = 'scheduled' and publish_at <= :now
                        returning id""")
                .param("now", now)
                .query(Long.class)
                .list();
        for (long id : claimed) {
            copyPublicationTimeToTags(id);
            Stored published = require(id);
            history.record(id, actor, "status.published", now);
            events.publishEvent(new ArticleChanged(id, published.externalId(), Language.of(published.lang()), actor));
        }
        return claimed;
    }

    /**
     * Deletes an article with its revisions, notes, tags and old slugs. Listeners of {@link ArticleChanged}
     * find it gone and drop what they keep of it.
     */
    @Transactional
    public void delete(long articleId, Actor actor) {
        Stored current = require(articleId);
        jdbc.sql("delete from articles where id = :id").param("id", articleId).update();
        events.publishEvent(new ArticleChanged(articleId, current.externalId(), Language.of(current.lang()), actor));
    }

    /** Adds a dated correction or update note under the story; readers see it, and "Updated" moves to now. */
    @Transactional
    public void addCorrection(long articleId, Correction.Kind kind, String note, Actor actor) {
        Stored current = require(articleId);
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > Correction.MAX_NOTE_CHARS) {
            throw new IllegalArgumentException(
                    "a note must have 1 to " + Correction.MAX_NOTE_CHARS + " characters, got " + text.length());
        }
        long now = clock.millis();
        jdbc.sql(
                        """
                        insert into article_corrections (article_id, kind, note, created_at, user_id)
                        values (:id, :kind, :note, :now, :userId)""")
                .param("id", articleId)
                .param("kind", kind.code())
                .param("note", text)
                .param("now", now)
                .param("userId", actor.userId())
                .update();
        jdbc.sql("update articles set updated_at = :now, version = version + 1, modified_at = :now where id = :id")
                .param("now", now)
                .param("id", articleId)
                .update();
        history.record(articleId, actor, kind.code(), now);
        events.publishEvent(new ArticleChanged(articleId, current.externalId(), Language.of(current.lang()), actor));
    }

    /**
     * Brings back the content of an earlier revision as a new revision (nothing is lost: the replaced
     * text stays in the history). The status, dates, slug and translation links stay as they are now.
     */
    @Transactional
    public SaveOutcome restore(long articleId, int revisionVersion, Actor actor) {
        Stored current = require(articleId);
        Revision revision = history.revision(articleId, revisionVersion)
                .orElseThrow(() ->
                        new IllegalArgumentException("article " + articleId + " has no revision " + revisionVersion));
        Article article = articles.findById(articleId).orElseThrow();
        ArticleInput input = new ArticleInput(
                article.externalId(),
                revision.headline(),
                revision.dek(),
                article.publishedAt(),
                article.updatedAt(),
                revision.bodySource(),
                revision.bodyFormat(),
                revision.lang(),
                revision.section(),
                revision.tags(),
                revision.authors(),
                revision.source(),
                revision.sourceUrl(),
                article.translationOf(),
                article.status());
        SaveOutcome outcome = write(current, input, revision.leadImageId(), actor);
        if (outcome.change() == SaveOutcome.Change.UPDATED) {
            jdbc.sql("update article_revisions set summary = :summary where article_id = :id and version = "
                            + "(select version from articles where id = :id)")
                    .param("summary", "restored:" + revisionVersion)
                    .param("id", articleId)
                    .update();
        }
        return outcome;
    }

    /**
     * Moves an article to a new slug. The old one is kept as a retired slug, so links to it keep
     * working through a permanent redirect; a slug that another article uses, now or before, is refused.
     */
    @Transactional
    public void changeSlug(long articleId, Slug newSlug) {
        changeSlug(articleId, newSlug, Actor.system("system"));
    }

    /** {@link #changeSlug(long, Slug)}, kept as a revision by {@code actor}. */
    @Transactional
    public void changeSlug(long articleId, Slug newSlug, Actor actor) {
        Stored current = require(articleId);
        if (current.slug().equals(newSlug.value())) {
            return;
        }
        Language lang = Language.of(current.lang());
        if (slugTaken(lang, newSlug.value(), articleId)) {
            throw new IllegalArgumentException(
                    "the slug '" + newSlug + "' is already used by another " + lang + " article");
        }
        long now = clock.millis();
        jdbc.sql("delete from article_slugs where lang = :lang and slug = :slug")
                .param("lang", lang.code())
                .param("slug", newSlug.value())
                .update();
        jdbc.sql("insert into article_slugs (lang, slug, article_id) values (:lang, :slug, :id)")
                .param("lang", lang.code())
                .param("slug", current.slug())
                .param("id", articleId)
                .update();
        jdbc.sql("update articles set slug = :slug, modified_at = :now, version = version + 1 where id = :id")
                .param("slug", newSlug.value())
                .param("now", now)
                .param("id", articleId)
                .update();
        history.record(articleId, actor, "slug", now);
        events.publishEvent(new ArticleChanged(articleId, current.externalId(), lang, actor));
    }

    /**
     * Gives a story told through a chain of translations (C translates B, which translates A) one group,
     * whichever order they arrived in. Run after a batch of saves; returns how many articles moved.
     */
    @Transactional
    public int relinkTranslations() {
        int moved = 0;
        for (int pass = 0; pass < 8; pass++) {
            int changed = jdbc.sql(
                            """
                            update articles set translation_group = (
                                select p.translation_group from articles p where p.external_id = articles.translation_of)
                            where translation_of is not null
                              and exists (select 1 from articles p where p.external_id = articles.translation_of
                                          and p.translation_group <> articles.translation_group)""")
                    .update();
            moved += changed;
            if (changed == 0) {
                break;
            }
        }
        return moved;
    }

    @Override
    @Transactional
    public void reassign(TermKind kind, long from, long to) {
        switch (kind) {
            case SECTION -> moveColumn("section_id", from, to);
            case SOURCE -> moveColumn("source_id", from, to);
            case TAG -> moveLinks("article_tags", "tag_id", from, to);
            case AUTHOR -> moveLinks("article_authors", "author_id", from, to);
            default -> throw new IllegalArgumentException("no articles are filed under a " + kind);
        }
    }

    private void moveColumn(String column, long from, long to) {
        jdbc.sql("update articles set " + column + " = :to where " + column + " = :from")
                .param("to", to)
                .param("from", from)
                .update();
    }

    private void moveLinks(String table, String column, long from, long to) {
        // articles that carry both keep the row they have for the target; the other row goes
        jdbc.sql("update " + table + " set " + column + " = :to where " + column + " = :from and article_id not in "
                        + "(select article_id from " + table + " where " + column + " = :to)")
                .param("to", to)
                .param("from", from)
                .update();
        jdbc.sql("delete from " + table + " where " + column + " = :from")
                .param("from", from)
                .update();
    }

    private Map<String, Object> bodyParams(ArticleInput input) {
        return Map.of(
                "bodySource",
                input.body(),
                "bodyFormat",
                input.bodyFormat().code(),
                "bodyHtml",
                renderer.render(input.body(), input.bodyFormat()));
    }

    private Map<String, Object> commonParams(ArticleInput input, long now) {
        Map<String, Object> params = new HashMap<>();
        params.put("headline", input.headline());
        params.put("dek", input.dek());
        params.put(
                "sectionId",
                input.section() == null || input.section().isBlank() ? null : taxonomy.sectionId(input.section()));
        params.put(
                "sourceId",
                input.source() == null || input.source().isBlank()
                        ? null
                        : taxonomy.sourceId(input.source(), input.sourceUrl()));
        params.put("sourceUrl", input.sourceUrl());
        params.put("publishedAt", input.publishedAt().toEpochMilli());
        params.put(
                "updatedAt",
                input.updatedAt() == null ? null : input.updatedAt().toEpochMilli());
        params.put("status", input.status().code());
        params.put("translationOf", input.translationOf());
        params.put("group", translationGroup(input));
        params.put("now", now);
        params.put("hash", contentHash(input));
        return params;
    }

    /**
     * The tag links carry the story's publication time, so a tag's page and its related stories are read
     * from the tag index alone in date order; a first publication sets that time, and the links follow.
     */
    private void copyPublicationTimeToTags(long id) {
        jdbc.sql(
                        """
                        update article_tags set published_at = (select a.published_at from articles a where a.id = :id)
                        where article_id = :id""")
                .param("id", id)
                .update();
    }

    private void writeTerms(long id, ArticleInput input) {
        int position = 0;
        for (long tagId : distinctIds(input.tags(), taxonomy::tagId)) {
            jdbc.sql(
                            """
                            insert into article_tags (article_id, tag_id, position, published_at)
                            values (:id, :tag, :pos, :publishedAt)""")
                    .param("id", id)
                    .param("tag", tagId)
                    .param("pos", position++)
                    .param("publishedAt", input.publishedAt().toEpochMilli())
                    .update();
        }
        position = 0;
        for (long authorId : distinctIds(input.authors(), taxonomy::authorId)) {
            jdbc.sql("insert into article_authors (article_id, author_id, position) values (:id, :author, :pos)")
                    .param("id", id)
                    .param("author", authorId)
                    .param("pos", position++)
                    .update();
        }
    }

    private static Set<Long> distinctIds(List<String> names, ToLongFunction<String> idOf) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                ids.add(idOf.applyAsLong(name));
            }
        }
        return ids;
    }

    private String translationGroup(ArticleInput input) {
        if (input.translationOf() == null || input.translationOf().equals(input.externalId())) {
            return input.externalId();
        }
        return jdbc.sql("select translation_group from articles where external_id = :original")
                .param("original", input.translationOf())
                .query(String.class)
                .optional()
                .orElse(input.translationOf());
    }

    private static Slug baseSlug(ArticleInput input) {
        return Slug.from(input.headline())
                .or(() -> Slug.from(input.externalId()))
                .orElse(new Slug("article"));
    }

    /** The slug, or the slug with the smallest free numeric suffix, not used by another article or its old URLs. */
    private String freeSlug(Language lang, Slug base, Long ownId) {
        Slug slug = base;
        for (int n = 2; slugTaken(lang, slug.value(), ownId); n++) {
            slug = base.withSuffix(n);
        }
        return slug.value();
    }

    private boolean slugTaken(Language lang, String slug, Long ownId) {
        long owner = ownId == null ? -1 : ownId;
        return jdbc.sql("select id from articles where lang = :lang and slug = :slug")
                        .param("lang", lang.code())
                        .param("slug", slug)
                        .query(Long.class)
                        .optional()
                        .filter(id -> id != owner)
                        .isPresent()
                || jdbc.sql("select article_id from article_slugs where lang = :lang and slug = :slug")
                        .param("lang", lang.code())
                        .param("slug", slug)
                        .query(Long.class)
                        .optional()
                        .filter(id -> id != owner)
                        .isPresent();
    }

    /** A fingerprint of everything a save writes, so re-importing an unchanged line is a no-op. */
    static String contentHash(ArticleInput input) {
        List<Object> fields = new ArrayList<>(List.of(
                input.externalId(),
                input.headline(),
                String.valueOf(input.dek()),
                input.publishedAt().toString(),
                String.valueOf(input.updatedAt()),
                input.body(),
                input.bodyFormat().code(),
                input.lang().code(),
                String.valueOf(input.section()),
                String.valueOf(input.source()),
                String.valueOf(input.sourceUrl()),
                String.valueOf(input.translationOf()),
                input.status().code()));
        fields.add(input.tags());
        fields.add(input.authors());
        // each field ends in a NUL (one 0 byte in UTF-8), so hashes stored by earlier versions still match
        StringBuilder text = new StringBuilder();
        for (Object field : fields) {
            text.append(Objects.toString(field)).append('\0');
        }
        return Sha256.hex(text.toString());
    }
}
