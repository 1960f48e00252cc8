package org.gazette.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.gazette.taxonomy.TaxonomyRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes articles. An article is identified by its external id (the import format's {@code id}):
 * saving the same id again updates it in place and never makes a second one; saving exactly what is
 * stored writes nothing. Translation links are kept as a group key shared by every language of a
 * story, so they resolve whichever language arrives first.
 */
@Service
public class ArticleStore {

    private final JdbcClient jdbc;
    private final TaxonomyRepository taxonomy;
    private final BodyRenderer renderer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleStore(JdbcClient jdbc, TaxonomyRepository taxonomy, BodyRenderer renderer,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
        this.renderer = renderer;
        this.events = events;
        this.clock = clock;
    }

    private record Stored(long id, String lang, String slug, String contentHash, int version) {
    }

    /** Creates or updates the article with the input's external id. */
    @Transactional
    public SaveOutcome save(ArticleInput input) {
        String hash = contentHash(input);
        Optional<Stored> stored = jdbc.sql(
                        "select id, lang, slug, content_hash, version from articles where external_id = :externalId")
                .param("externalId", input.externalId())
                .query((rs, i) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)))
                .optional();
        if (stored.isPresent() && stored.get().contentHash().equals(hash)) {
            return new SaveOutcome(stored.get().id(), SaveOutcome.Change.UNCHANGED);
        }
        long now = clock.millis();
        String bodyHtml = renderer.render(input.body(), input.bodyFormat());
        Long sectionId = input.section() == null || input.section().isBlank() ? null : taxonomy.sectionId(input.section());
        Long sourceId = input.source() == null || input.source().isBlank() ? null
                : taxonomy.sourceId(input.source(), input.sourceUrl());
        String group = translationGroup(input);

        long id;
        SaveOutcome.Change change;
        if (stored.isEmpty()) {
            String slug = freeSlug(input.lang(), baseSlug(input), null);
            id = jdbc.sql("""
                            insert into articles (external_id, lang, slug, headline, dek, section_id, source_id,
                                source_url, published_at, updated_at, status, translation_of, translation_group,
                                created_at, modified_at, version, content_hash)
                            values (:externalId, :lang, :slug, :headline, :dek, :sectionId, :sourceId,
                                :sourceUrl, :publishedAt, :updatedAt, :status, :translationOf, :group,
                                :now, :now, 1, :hash)
                            returning id""")
                    .param("externalId", input.externalId()).param("lang", input.lang().code()).param("slug", slug)
                    .params(commonParams(input, sectionId, sourceId, group, now, hash))
                    .query(Long.class).single();
            jdbc.sql("""
                            insert into article_bodies (article_id, body_source, body_format, body_html)
                            values (:id, :bodySource, :bodyFormat, :bodyHtml)""")
                    .param("id", id).params(bodyParams(input, bodyHtml)).update();
            change = SaveOutcome.Change.CREATED;
        } else {
            Stored current = stored.get();
            id = current.id();
            String slug = current.lang().equals(input.lang().code()) ? current.slug()
                    : freeSlug(input.lang(), baseSlug(input), id);
            jdbc.sql("""
                            update articles set lang = :lang, slug = :slug, headline = :headline, dek = :dek,
                                section_id = :sectionId, source_id = :sourceId, source_url = :sourceUrl,
                                published_at = :publishedAt, updated_at = :updatedAt, status = :status,
                                translation_of = :translationOf, translation_group = :group, modified_at = :now,
                                version = version + 1, content_hash = :hash
                            where id = :id""")
                    .param("id", id).param("lang", input.lang().code()).param("slug", slug)
                    .params(commonParams(input, sectionId, sourceId, group, now, hash))
                    .update();
            jdbc.sql("""
                            update article_bodies set body_source = :bodySource, body_format = :bodyFormat,
                                body_html = :bodyHtml where article_id = :id""")
                    .param("id", id).params(bodyParams(input, bodyHtml)).update();
            jdbc.sql("delete from article_tags where article_id = :id").param("id", id).update();
            jdbc.sql("delete from article_authors where article_id = :id").param("id", id).update();
            change = SaveOutcome.Change.UPDATED;
        }
        writeTerms(id, input);
        // articles that named this one as their original before it existed join its group now
        jdbc.sql("update articles set translation_group = :group where translation_of = :externalId "
                        + "and translation_group <> :group")
                .param("group", group).param("externalId", input.externalId()).update();
        events.publishEvent(new ArticleChanged(id, input.externalId(), input.lang()));
        return new SaveOutcome(id, change);
    }

    /**
     * Moves an article to a new slug. The old one is kept as a retired slug, so links to it keep
     * working through a permanent redirect; a slug that another article uses, now or before, is refused.
     */
    @Transactional
    public void changeSlug(long articleId, Slug newSlug) {
        Stored current = jdbc.sql("select id, lang, slug, content_hash, version from articles where id = :id")
                .param("id", articleId)
                .query((rs, i) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)))
                .optional().orElseThrow(() -> new IllegalArgumentException("no article with id " + articleId));
        if (current.slug().equals(newSlug.value())) {
            return;
        }
        Language lang = Language.of(current.lang());
        if (slugTaken(lang, newSlug.value(), articleId)) {
            throw new IllegalArgumentException("the slug '" + newSlug + "' is already used by another " + lang
                    + " article");
        }
        jdbc.sql("delete from article_slugs where lang = :lang and slug = :slug")
                .param("lang", lang.code()).param("slug", newSlug.value()).update();
        jdbc.sql("insert into article_slugs (lang, slug, article_id) values (:lang, :slug, :id)")
                .param("lang", lang.code()).param("slug", current.slug()).param("id", articleId).update();
        jdbc.sql("update articles set slug = :slug, modified_at = :now, version = version + 1 where id = :id")
                .param("slug", newSlug.value()).param("now", clock.millis()).param("id", articleId).update();
        String externalId = jdbc.sql("select external_id from articles where id = :id").param("id", articleId)
                .query(String.class).single();
        events.publishEvent(new ArticleChanged(articleId, externalId, lang));
    }

    /**
     * Gives a story told through a chain of translations (C translates B, which translates A) one group,
     * whichever order they arrived in. Run after a batch of saves; returns how many articles moved.
     */
    @Transactional
    public int relinkTranslations() {
        int moved = 0;
        for (int pass = 0; pass < 8; pass++) {
            int changed = jdbc.sql("""
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

    private static Map<String, Object> bodyParams(ArticleInput input, String bodyHtml) {
        return Map.of("bodySource", input.body(), "bodyFormat", input.bodyFormat().code(), "bodyHtml", bodyHtml);
    }

    private static Map<String, Object> commonParams(ArticleInput input, Long sectionId, Long sourceId, String group,
            long now, String hash) {
        Map<String, Object> params = new HashMap<>();
        params.put("headline", input.headline());
        params.put("dek", input.dek());
        params.put("sectionId", sectionId);
        params.put("sourceId", sourceId);
        params.put("sourceUrl", input.sourceUrl());
        params.put("publishedAt", input.publishedAt().toEpochMilli());
        params.put("updatedAt", input.updatedAt() == null ? null : input.updatedAt().toEpochMilli());
        params.put("status", input.status().code());
        params.put("translationOf", input.translationOf());
        params.put("group", group);
        params.put("now", now);
        params.put("hash", hash);
        return params;
    }

    private void writeTerms(long id, ArticleInput input) {
        int position = 0;
        for (long tagId : distinctIds(input.tags(), taxonomy::tagId)) {
            jdbc.sql("""
                            insert into article_tags (article_id, tag_id, position, published_at)
                            values (:id, :tag, :pos, :publishedAt)""")
                    .param("id", id).param("tag", tagId).param("pos", position++)
                    .param("publishedAt", input.publishedAt().toEpochMilli()).update();
        }
        position = 0;
        for (long authorId : distinctIds(input.authors(), taxonomy::authorId)) {
            jdbc.sql("insert into article_authors (article_id, author_id, position) values (:id, :author, :pos)")
                    .param("id", id).param("author", authorId).param("pos", position++).update();
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
                .param("original", input.translationOf()).query(String.class).optional()
                .orElse(input.translationOf());
    }

    private static Slug baseSlug(ArticleInput input) {
        return Slug.from(input.headline()).or(() -> Slug.from(input.externalId())).orElse(new Slug("article"));
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
                        .param("lang", lang.code()).param("slug", slug)
                        .query(Long.class).optional().filter(id -> id != owner).isPresent()
                || jdbc.sql("select article_id from article_slugs where lang = :lang and slug = :slug")
                        .param("lang", lang.code()).param("slug", slug)
                        .query(Long.class).optional().filter(id -> id != owner).isPresent();
    }

    /** A fingerprint of everything a save writes, so re-importing an unchanged line is a no-op. */
    static String contentHash(ArticleInput input) {
        List<Object> fields = new ArrayList<>(List.of(
                input.externalId(), input.headline(), String.valueOf(input.dek()), input.publishedAt().toString(),
                String.valueOf(input.updatedAt()), input.body(), input.bodyFormat().code(), input.lang().code(),
                String.valueOf(input.section()), String.valueOf(input.source()), String.valueOf(input.sourceUrl()),
                String.valueOf(input.translationOf()), input.status().code()));
        fields.add(input.tags());
        fields.add(input.authors());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object field : fields) {
                sha.update(Objects.toString(field).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
