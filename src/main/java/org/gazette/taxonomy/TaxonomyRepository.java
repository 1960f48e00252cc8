package org.gazette.taxonomy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.gazette.text.Language;
import org.gazette.text.Slug;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads the terms, and finds or creates them by name when articles are saved. Ids found by name are
 * remembered, since an import looks up the same few thousand tags and agencies a hundred thousand
 * times; a new term's id is remembered only once its transaction has committed, so a rolled-back
 * batch never leaves an id behind that does not exist.
 */
@Repository
public class TaxonomyRepository {

    private final JdbcClient jdbc;
    private final Cache<String, Long> idsByKey =
            Caffeine.newBuilder().maximumSize(50_000).build();

    TaxonomyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Forgets remembered ids once a rename, merge or delete has committed: a name may now belong to
     * another term, or to none.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void forgetCachedIds(TermChanged change) {
        idsByKey.invalidateAll();
    }

    /**
     * The current slug of the term that gave up {@code retiredSlug} (renamed, or merged into it), for a
     * permanent redirect from the old address; empty when no term ever answered to it.
     */
    public Optional<String> currentSlug(TermKind kind, String retiredSlug) {
        return jdbc.sql("select t.slug from retired_term_slugs r join " + kind.table() + " t on t.id = r.term_id "
                        + "where r.kind = :kind and r.slug = :slug")
                .param("kind", kind.code())
                .param("slug", retiredSlug)
                .query(String.class)
                .optional();
    }

    /**
     * The slug a filter should use: one a term gave up leads to that term's current slug, any other is
     * kept as given (it may name nothing, which the filter then finds nothing for).
     */
    public String currentOrSame(TermKind kind, String slug) {
        return slug == null ? null : currentSlug(kind, slug).orElse(slug);
    }

    private Optional<Long> retired(String table, String column, TermKind kind, String value) {
        return jdbc.sql("select term_id from " + table + " where kind = :kind and " + column + " = :value")
                .param("kind", kind.code())
                .param("value", value)
                .query(Long.class)
                .optional();
    }

    public List<Section> sections(Language lang) {
        return jdbc.sql(
                        """
                        select s.id, s.slug, coalesce(n.name, s.slug) as name from sections s
                        left join section_names n on n.section_id = s.id and n.lang = :lang
                        order by s.position, s.slug""")
                .param("lang", lang.code())
                .query((rs, i) -> new Section(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
                .list();
    }

    public Optional<Section> section(String slug, Language lang) {
        return jdbc.sql(
                        """
                        select s.id, s.slug, coalesce(n.name, s.slug) as name from sections s
                        left join section_names n on n.section_id = s.id and n.lang = :lang
                        where s.slug = :slug""")
                .param("lang", lang.code())
                .param("slug", slug)
                .query((rs, i) -> new Section(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
                .optional();
    }

    public Optional<Tag> tag(String slug) {
        return jdbc.sql("select id, slug, name from tags where slug = :slug")
                .param("slug", slug)
                .query((rs, i) -> new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
                .optional();
    }

    public Optional<Author> author(String slug) {
        return jdbc.sql("select id, slug, name from authors where slug = :slug")
                .param("slug", slug)
                .query((rs, i) -> new Author(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
                .optional();
    }

    public Optional<Source> source(String slug) {
        return jdbc.sql("select id, slug, name, homepage from sources where slug = :slug")
                .param("slug", slug)
                .query((rs, i) -> new Source(
                        rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("homepage")))
                .optional();
    }

    /**
     * The section with this slug, created when new. An unknown section gets its slug, title-cased, as
     * its name in every language until an editor names it.
     */
    public long sectionId(String slugOrName) {
        Slug slug = Slug.from(slugOrName)
                .orElseThrow(
                        () -> new IllegalArgumentException("section '" + slugOrName + "' has no letters or digits"));
        String cacheKey = "sections:" + slug.value();
        Long cached = idsByKey.getIfPresent(cacheKey);
        if (cached != null) {
            return cached;
        }
        Optional<Long> existing = jdbc.sql("select id from sections where slug = :slug")
                .param("slug", slug.value())
                .query(Long.class)
                .optional();
        if (existing.isEmpty()) {
            // a section an editor moved to another slug: stories still sent with the old one follow it
            existing = retired("retired_term_slugs", "slug", TermKind.SECTION, slug.value());
        }
        if (existing.isPresent()) {
            idsByKey.put(cacheKey, existing.get());
            return existing.get();
        }
        jdbc.sql("insert into sections (slug, position) values (:slug, 1000) on conflict (slug) do nothing")
                .param("slug", slug.value())
                .update();
        long id = jdbc.sql("select id from sections where slug = :slug")
                .param("slug", slug.value())
                .query(Long.class)
                .single();
        String name = provisionalName(slug);
        for (String lang : Language.SUPPORTED) {
            jdbc.sql(
                            """
                            insert into section_names (section_id, lang, name) values (:id, :lang, :name)
                            on conflict (section_id, lang) do nothing""")
                    .param("id", id)
                    .param("lang", lang)
                    .param("name", name)
                    .update();
        }
        rememberAfterCommit(cacheKey, id);
        return id;
    }

    public long tagId(String name) {
        return termId(TermKind.TAG, TermName.of(name));
    }

    public long authorId(String name) {
        return termId(TermKind.AUTHOR, TermName.of(name));
    }

    /** The source with this name; a new one takes its home page from the origin of the item's URL. */
    public long sourceId(String name, String itemUrl) {
        TermName term = TermName.of(name);
        Long cached = idsByKey.getIfPresent("sources:" + term.key());
        if (cached != null) {
            return cached;
        }
        long id = termId(TermKind.SOURCE, term);
        String homepage = origin(itemUrl);
        if (homepage != null) {
            jdbc.sql("update sources set homepage = :homepage where id = :id and homepage is null")
                    .param("homepage", homepage)
                    .param("id", id)
                    .update();
        }
        return id;
    }

    private long termId(TermKind kind, TermName name) {
        String table = kind.table();
        String cacheKey = table + ":" + name.key();
        Long cached = idsByKey.getIfPresent(cacheKey);
        if (cached != null) {
            return cached;
        }
        Optional<Long> existing = existingId(kind, name);
        if (existing.isPresent()) {
            idsByKey.put(cacheKey, existing.get());
            return existing.get();
        }
        String slug = freeSlug(kind, name.display()).value();
        jdbc.sql("insert into " + table + " (slug, name, name_key) values (:slug, :name, :key) "
                        + "on conflict (name_key) do nothing")
                .param("slug", slug)
                .param("name", name.display())
                .param("key", name.key())
                .update();
        long id = idByKey(table, name.key()).orElseThrow();
        rememberAfterCommit(cacheKey, id);
        return id;
    }

    /** The live term of this name or, for a name an editor renamed or merged away, the term it became. */
    private Optional<Long> existingId(TermKind kind, TermName name) {
        return idByKey(kind.table(), name.key()).or(() -> retired("retired_term_names", "name_key", kind, name.key()));
    }

    private void rememberAfterCommit(String cacheKey, long id) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            idsByKey.put(cacheKey, id);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                idsByKey.put(cacheKey, id);
            }
        });
    }

    private Optional<Long> idByKey(String table, String key) {
        return jdbc.sql("select id from " + table + " where name_key = :key")
                .param("key", key)
                .query(Long.class)
                .optional();
    }

    /** A slug for a new term: from its name, or a hash of it for scripts that do not transliterate. */
    Slug freeSlug(TermKind kind, String name) {
        Slug base = Slug.from(name).orElseGet(() -> new Slug("t-" + Integer.toHexString(name.hashCode())));
        Predicate<Slug> taken = candidate -> jdbc.sql("select count(*) from " + kind.table() + " where slug = :slug")
                        .param("slug", candidate.value())
                        .query(Long.class)
                        .single()
                > 0;
        Slug slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base.withSuffix(n);
        }
        return slug;
    }

    /** What a section is called in every language until an editor names it: its slug, capitalised. */
    static String provisionalName(Slug slug) {
        return Character.toUpperCase(slug.value().charAt(0))
                + slug.value().substring(1).replace('-', ' ');
    }

    private static String origin(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The tag this name stands for, found the way saving an article finds it (a name renamed or merged
     * away leads to the tag it became), without creating anything: the newsroom preview uses it.
     */
    public Optional<Tag> tagNamed(String name) {
        return named(TermKind.TAG, name).map(row -> new Tag(row.id(), row.slug(), row.name()));
    }

    /** The author this name stands for, as {@link #tagNamed}. */
    public Optional<Author> authorNamed(String name) {
        return named(TermKind.AUTHOR, name).map(row -> new Author(row.id(), row.slug(), row.name()));
    }

    /** The source this name stands for, as {@link #tagNamed}. */
    public Optional<Source> sourceNamed(String name) {
        return named(TermKind.SOURCE, name).map(row -> new Source(row.id(), row.slug(), row.name(), row.homepage()));
    }

    private record TermRow(long id, String slug, String name, String homepage) {}

    private Optional<TermRow> named(TermKind kind, String name) {
        String homepage = kind == TermKind.SOURCE ? "homepage" : "null as homepage";
        return existingId(kind, TermName.of(name)).flatMap(id -> jdbc.sql(
                        "select id, slug, name, " + homepage + " from " + kind.table() + " where id = :id")
                .param("id", id)
                .query((rs, i) -> new TermRow(
                        rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("homepage")))
                .optional());
    }
}
