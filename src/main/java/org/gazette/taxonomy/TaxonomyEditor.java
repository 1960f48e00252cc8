package org.gazette.taxonomy;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gazette.system.DatabaseKind;
import org.gazette.taxonomy.TermRefusedException.Reason;
import org.gazette.text.Language;
import org.gazette.text.Slug;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How editors manage terms: list them with how many articles carry each, create, rename and re-slug
 * them, merge one tag, author or source into another, and delete a term nothing uses.
 *
 * <p>Every change keeps old addresses alive: a slug a term gives up is kept in
 * {@code retired_term_slugs}, so its reader page and feeds redirect to the term's new address, and a
 * name it gives up in {@code retired_term_names}, so imports that still send the old spelling file
 * stories under the term it became. A merged term's retired slugs and names follow it into the target.
 * Each change publishes {@link TermChanged} inside its transaction with the articles that now read
 * differently; their {@code updated_at} and version stay as they are, since no story was edited.
 */
@Service
public class TaxonomyEditor {

    public static final int MAX_POSITION = 10_000;

    /** A tag, author or source as editors see it. {@code homepage} is null except for sources. */
    public record Term(long id, String slug, String name, String homepage, long articles) {}

    /** A page of terms, and whether more follow it. */
    public record Listing(List<Term> terms, boolean more) {}

    /** A section as editors see it: its place in the menu and its name in each language. */
    public record SectionTerm(long id, String slug, int position, Map<String, String> names, long articles) {

        public String name(String lang) {
            return names.getOrDefault(lang, "");
        }
    }

    /** What a merge did. */
    public record Merge(Term merged, Term target, int articlesMoved) {}

    /** How a listing is ordered. */
    public enum Order {
        NAME,
        ARTICLES
    }

    private final JdbcClient jdbc;
    private final TaxonomyRepository taxonomy;
    private final ArticleTerms articleTerms;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Locks a term row against a concurrent import using it while it is merged or deleted (PostgreSQL). */
    private final String forUpdate;

    TaxonomyEditor(
            JdbcClient jdbc,
            TaxonomyRepository taxonomy,
            ArticleTerms articleTerms,
            ApplicationEventPublisher events,
            Clock clock,
            DatabaseKind database) {
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
        this.articleTerms = articleTerms;
        this.events = events;
        this.clock = clock;
        // SQLite has no row locks and needs none: its write transactions begin IMMEDIATE and run one at a time
        this.forUpdate = database == DatabaseKind.POSTGRESQL ? " for update" : "";
    }

    // ---- tags, authors and sources ----

    /** Terms whose name or slug contains {@code filter} (any case), {@code limit} from {@code offset}. */
    public Listing list(TermKind kind, String filter, Order order, int offset, int limit) {
        requireNamed(kind);
        String pattern = "%" + escapeLike(filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT)) + "%";
        String orderBy = order == Order.ARTICLES ? "articles desc, t.name_key, t.id" : "t.name_key, t.id";
        List<Term> terms = jdbc.sql(select(kind) + " where t.name_key like :pattern escape '\\'"
                        + " or t.slug like :pattern escape '\\' order by " + orderBy + " limit :limit offset :offset")
                .param("pattern", pattern)
                .param("limit", limit + 1)
                .param("offset", Math.max(0, offset))
                .query((rs, i) -> new Term(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("homepage"),
                        rs.getLong("articles")))
                .list();
        boolean more = terms.size() > limit;
        return new Listing(more ? terms.subList(0, limit) : terms, more);
    }

    public Optional<Term> find(TermKind kind, long id) {
        requireNamed(kind);
        return jdbc.sql(select(kind) + " where t.id = :id")
                .param("id", id)
                .query((rs, i) -> new Term(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("homepage"),
                        rs.getLong("articles")))
                .optional();
    }

    /** Creates a term; a blank slug is made from the name. */
    @Transactional
    public Term create(TermKind kind, String name, String slug, String homepage) {
        requireNamed(kind);
        TermName term = name(name);
        String home = homepage(kind, homepage);
        requireNameFree(kind, term, 0);
        Slug address = slug == null || slug.isBlank() ? taxonomy.freeSlug(kind, term.display()) : slug(slug);
        requireSlugFree(kind, address, 0);
        long id = jdbc.sql("insert into " + kind.table() + " (slug, name, name_key) values (:slug, :name, :key) "
                        + "returning id")
                .param("slug", address.value())
                .param("name", term.display())
                .param("key", term.key())
                .query(Long.class)
                .single();
        if (home != null) {
            jdbc.sql("update sources set homepage = :homepage where id = :id")
                    .param("homepage", home)
                    .param("id", id)
                    .update();
        }
        claimRetired(kind, address.value(), term.key());
        events.publishEvent(new TermChanged(kind, List.of()));
        return find(kind, id).orElseThrow();
    }

    /**
     * Renames a term, moves it to another slug (blank keeps the current one) and, for a source, sets its
     * home page (blank clears it). The articles carrying it are indexed again when its name or slug
     * changed.
     */
    @Transactional
    public Term update(TermKind kind, long id, String name, String slug, String homepage) {
        requireNamed(kind);
        Term current = lock(kind, id);
        TermName term = name(name);
        String home = homepage(kind, homepage);
        Slug address = slug == null || slug.isBlank() ? new Slug(current.slug()) : slug(slug);
        String currentKey = TermName.of(current.name()).key();
        boolean renamed = !term.display().equals(current.name());
        boolean moved = !address.value().equals(current.slug());
        if (!term.key().equals(currentKey)) {
            requireNameFree(kind, term, id);
            retireName(kind, currentKey, id);
        }
        if (moved) {
            requireSlugFree(kind, address, id);
            retireSlug(kind, current.slug(), id);
        }
        claimRetired(kind, address.value(), term.key());
        jdbc.sql("update " + kind.table() + " set name = :name, name_key = :key, slug = :slug where id = :id")
                .param("name", term.display())
                .param("key", term.key())
                .param("slug", address.value())
                .param("id", id)
                .update();
        if (kind == TermKind.SOURCE) {
            jdbc.sql("update sources set homepage = :homepage where id = :id")
                    .param("homepage", home)
                    .param("id", id)
                    .update();
        }
        events.publishEvent(new TermChanged(kind, renamed || moved ? articleIds(kind, id) : List.of()));
        return find(kind, id).orElseThrow();
    }

    /**
     * Merges a term into another, named by its slug or its name: every article carrying the merged term
     * carries the target instead (once, also when it carried both), and the merged term's addresses
     * and names lead to the target from now on.
     */
    @Transactional
    public Merge merge(TermKind kind, long id, String into) {
        requireNamed(kind);
        Term merged = lock(kind, id);
        if (into == null || into.isBlank()) {
            throw new TermRefusedException(
                    Reason.INVALID, "name the " + kind.code() + " to merge into", "nr.terms.error.mergeTarget");
        }
        String wanted = into.strip();
        Optional<Long> targetId = jdbc.sql("select id from " + kind.table() + " where slug = :slug")
                .param("slug", wanted)
                .query(Long.class)
                .optional()
                .or(() -> jdbc.sql("select id from " + kind.table() + " where name_key = :key")
                        .param("key", name(wanted).key())
                        .query(Long.class)
                        .optional());
        if (targetId.isEmpty()) {
            throw new TermRefusedException(
                    Reason.NOT_FOUND,
                    "no " + kind.code() + " with the slug or name '" + wanted + "'",
                    "nr.terms.error.noTarget",
                    wanted);
        }
        if (targetId.get() == id) {
            throw new TermRefusedException(
                    Reason.INVALID, "a " + kind.code() + " cannot be merged into itself", "nr.terms.error.mergeSelf");
        }
        long target = lock(kind, targetId.get()).id();
        List<Long> articles = articleIds(kind, id);
        articleTerms.reassign(kind, id, target);
        for (String table : List.of("retired_term_slugs", "retired_term_names")) {
            jdbc.sql("update " + table + " set term_id = :target where kind = :kind and term_id = :id")
                    .param("target", target)
                    .param("kind", kind.code())
                    .param("id", id)
                    .update();
        }
        jdbc.sql("delete from " + kind.table() + " where id = :id")
                .param("id", id)
                .update();
        retireSlug(kind, merged.slug(), target);
        retireName(kind, TermName.of(merged.name()).key(), target);
        events.publishEvent(new TermChanged(kind, articles));
        return new Merge(merged, find(kind, target).orElseThrow(), articles.size());
    }

    /** Deletes a term no article carries; one in use is refused (merge it instead). */
    @Transactional
    public Term delete(TermKind kind, long id) {
        requireNamed(kind);
        Term term = lock(kind, id);
        if (term.articles() > 0) {
            throw new TermRefusedException(
                    Reason.CONFLICT,
                    "the " + kind.code() + " '" + term.name() + "' is on " + term.articles()
                            + " articles; merge it into another instead",
                    "nr.terms.error.inUse",
                    term.name(),
                    term.articles());
        }
        forgetRetired(kind, id);
        jdbc.sql("delete from " + kind.table() + " where id = :id")
                .param("id", id)
                .update();
        events.publishEvent(new TermChanged(kind, List.of()));
        return term;
    }

    // ---- sections ----

    /** Every section in menu order, with its names and how many articles it holds. */
    public List<SectionTerm> sections() {
        return withNames(jdbc.sql(SECTIONS + " order by s.position, s.slug")
                .query(TaxonomyEditor::section)
                .list());
    }

    public Optional<SectionTerm> section(long id) {
        return withNames(jdbc.sql(SECTIONS + " where s.id = :id")
                        .param("id", id)
                        .query(TaxonomyEditor::section)
                        .list())
                .stream()
                .findFirst();
    }

    /** Creates a section; a language left without a name shows the slug, capitalised, until one is given. */
    @Transactional
    public SectionTerm createSection(String slug, int position, Map<Language, String> names) {
        Slug address = slug(slug);
        requirePosition(position);
        Map<Language, TermName> given = sectionNames(names);
        requireSlugFree(TermKind.SECTION, address, 0);
        long id = jdbc.sql("insert into sections (slug, position) values (:slug, :position) returning id")
                .param("slug", address.value())
                .param("position", position)
                .query(Long.class)
                .single();
        String fallback = TaxonomyRepository.provisionalName(address);
        for (String code : Language.SUPPORTED) {
            TermName name = given.get(Language.of(code));
            jdbc.sql("insert into section_names (section_id, lang, name) values (:id, :lang, :name)")
                    .param("id", id)
                    .param("lang", code)
                    .param("name", name == null ? fallback : name.display())
                    .update();
        }
        claimRetired(TermKind.SECTION, address.value(), null);
        events.publishEvent(new TermChanged(TermKind.SECTION, List.of()));
        return section(id).orElseThrow();
    }

    /**
     * Renames a section in the languages given a name (the others keep theirs), moves it in the menu and,
     * when the slug changes, to a new address; wire sources filing into it follow.
     */
    @Transactional
    public SectionTerm updateSection(long id, String slug, int position, Map<Language, String> names) {
        SectionTerm current = lockSection(id);
        Slug address = slug == null || slug.isBlank() ? new Slug(current.slug()) : slug(slug);
        requirePosition(position);
        Map<Language, TermName> given = sectionNames(names);
        boolean moved = !address.value().equals(current.slug());
        if (moved) {
            requireSlugFree(TermKind.SECTION, address, id);
            retireSlug(TermKind.SECTION, current.slug(), id);
            claimRetired(TermKind.SECTION, address.value(), null);
            jdbc.sql("update wire_sources set section = :slug where section = :old")
                    .param("slug", address.value())
                    .param("old", current.slug())
                    .update();
        }
        jdbc.sql("update sections set slug = :slug, position = :position where id = :id")
                .param("slug", address.value())
                .param("position", position)
                .param("id", id)
                .update();
        boolean renamed = false;
        for (Map.Entry<Language, TermName> name : given.entrySet()) {
            String code = name.getKey().code();
            if (!name.getValue().display().equals(current.name(code))) {
                renamed = true;
                jdbc.sql(
                                """
                                insert into section_names (section_id, lang, name) values (:id, :lang, :name)
                                on conflict (section_id, lang) do update set name = excluded.name""")
                        .param("id", id)
                        .param("lang", code)
                        .param("name", name.getValue().display())
                        .update();
            }
        }
        events.publishEvent(
                new TermChanged(TermKind.SECTION, moved || renamed ? articleIds(TermKind.SECTION, id) : List.of()));
        return section(id).orElseThrow();
    }

    /** Deletes a section that holds no article and no wire source files into. */
    @Transactional
    public SectionTerm deleteSection(long id) {
        SectionTerm section = lockSection(id);
        if (section.articles() > 0) {
            throw new TermRefusedException(
                    Reason.CONFLICT,
                    "the section '" + section.slug() + "' holds " + section.articles()
                            + " articles; move them to another section first",
                    "nr.sections.error.notEmpty",
                    section.slug(),
                    section.articles());
        }
        List<String> feeds = jdbc.sql("select name from wire_sources where section = :slug order by name")
                .param("slug", section.slug())
                .query(String.class)
                .list();
        if (!feeds.isEmpty()) {
            throw new TermRefusedException(
                    Reason.CONFLICT,
                    "the wire sources " + feeds + " file into the section '" + section.slug() + "'",
                    "nr.sections.error.wireSources",
                    section.slug(),
                    String.join(", ", feeds));
        }
        forgetRetired(TermKind.SECTION, id);
        jdbc.sql("delete from section_names where section_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from sections where id = :id").param("id", id).update();
        events.publishEvent(new TermChanged(TermKind.SECTION, List.of()));
        return section;
    }

    // ---- shared ----

    private static final String SECTIONS =
            """
            select s.id, s.slug, s.position, (select count(*) from articles a where a.section_id = s.id) as articles
            from sections s""";

    private static SectionTerm section(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new SectionTerm(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getInt("position"),
                new LinkedHashMap<>(),
                rs.getLong("articles"));
    }

    private List<SectionTerm> withNames(List<SectionTerm> sections) {
        if (sections.isEmpty()) {
            return sections;
        }
        Map<Long, SectionTerm> byId = new LinkedHashMap<>();
        sections.forEach(s -> byId.put(s.id(), s));
        jdbc.sql("select section_id, lang, name from section_names where section_id in (:ids)")
                .param("ids", byId.keySet())
                .query((rs, i) -> byId.get(rs.getLong(1)).names().put(rs.getString(2), rs.getString(3)))
                .list();
        return sections;
    }

    private static String select(TermKind kind) {
        return "select t.id, t.slug, t.name, " + (kind == TermKind.SOURCE ? "t.homepage" : "null") + " as homepage, "
                + "(select count(*) from " + kind.linkTable() + " x where x." + kind.linkColumn()
                + " = t.id) as articles "
                + "from " + kind.table() + " t";
    }

    private Term lock(TermKind kind, long id) {
        jdbc.sql("select id from " + kind.table() + " where id = :id" + forUpdate)
                .param("id", id)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> TermRefusedException.noSuchTerm(kind, id));
        return find(kind, id).orElseThrow(() -> TermRefusedException.noSuchTerm(kind, id));
    }

    private SectionTerm lockSection(long id) {
        jdbc.sql("select id from sections where id = :id" + forUpdate)
                .param("id", id)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> TermRefusedException.noSuchTerm(TermKind.SECTION, id));
        return section(id).orElseThrow(() -> TermRefusedException.noSuchTerm(TermKind.SECTION, id));
    }

    /** The articles carrying a term, for the search index to catch up with. */
    private List<Long> articleIds(TermKind kind, long id) {
        return jdbc.sql("select " + kind.articleColumn() + " from " + kind.linkTable() + " where " + kind.linkColumn()
                        + " = :id")
                .param("id", id)
                .query(Long.class)
                .list();
    }

    private void retireSlug(TermKind kind, String slug, long termId) {
        jdbc.sql(
                        """
                        insert into retired_term_slugs (kind, slug, term_id, retired_at) values (:kind, :slug, :id, :now)
                        on conflict (kind, slug) do update set term_id = excluded.term_id, retired_at = excluded.retired_at""")
                .param("kind", kind.code())
                .param("slug", slug)
                .param("id", termId)
                .param("now", clock.millis())
                .update();
    }

    private void retireName(TermKind kind, String nameKey, long termId) {
        jdbc.sql(
                        """
                        insert into retired_term_names (kind, name_key, term_id, retired_at) values (:kind, :key, :id, :now)
                        on conflict (kind, name_key) do update set term_id = excluded.term_id, retired_at = excluded.retired_at""")
                .param("kind", kind.code())
                .param("key", nameKey)
                .param("id", termId)
                .param("now", clock.millis())
                .update();
    }

    /** A live term took this slug (and name): the retired ones of that spelling lead nowhere any more. */
    private void claimRetired(TermKind kind, String slug, String nameKey) {
        jdbc.sql("delete from retired_term_slugs where kind = :kind and slug = :slug")
                .param("kind", kind.code())
                .param("slug", slug)
                .update();
        if (nameKey != null) {
            jdbc.sql("delete from retired_term_names where kind = :kind and name_key = :key")
                    .param("kind", kind.code())
                    .param("key", nameKey)
                    .update();
        }
    }

    private void forgetRetired(TermKind kind, long id) {
        for (String table : List.of("retired_term_slugs", "retired_term_names")) {
            jdbc.sql("delete from " + table + " where kind = :kind and term_id = :id")
                    .param("kind", kind.code())
                    .param("id", id)
                    .update();
        }
    }

    private void requireNameFree(TermKind kind, TermName name, long self) {
        jdbc.sql("select name, slug from " + kind.table() + " where name_key = :key and id <> :self")
                .param("key", name.key())
                .param("self", self)
                .query((rs, i) -> new TermRefusedException(
                        Reason.CONFLICT,
                        "a " + kind.code() + " named '" + rs.getString(1) + "' already exists (" + rs.getString(2)
                                + "); merge into it instead",
                        "nr.terms.error.nameTaken",
                        rs.getString(1),
                        rs.getString(2)))
                .optional()
                .ifPresent(refusal -> {
                    throw refusal;
                });
    }

    private void requireSlugFree(TermKind kind, Slug slug, long self) {
        long taken = jdbc.sql("select count(*) from " + kind.table() + " where slug = :slug and id <> :self")
                .param("slug", slug.value())
                .param("self", self)
                .query(Long.class)
                .single();
        if (taken > 0) {
            throw new TermRefusedException(
                    Reason.CONFLICT,
                    "the slug '" + slug + "' is taken by another " + kind.code(),
                    "nr.terms.error.slugTaken",
                    slug.value());
        }
    }

    private static void requireNamed(TermKind kind) {
        if (kind == TermKind.SECTION) {
            throw new IllegalArgumentException("sections have a name per language; use the section methods");
        }
    }

    private static void requirePosition(int position) {
        if (position < 0 || position > MAX_POSITION) {
            throw TermRefusedException.badPosition(String.valueOf(position), MAX_POSITION);
        }
    }

    private static TermName name(String raw) {
        try {
            return TermName.of(raw == null ? "" : raw);
        } catch (IllegalArgumentException e) {
            throw new TermRefusedException(
                    Reason.INVALID, e.getMessage(), "nr.terms.error.name", String.valueOf(TermName.MAX_LENGTH));
        }
    }

    private static Map<Language, TermName> sectionNames(Map<Language, String> names) {
        Map<Language, TermName> given = new LinkedHashMap<>();
        names.forEach((lang, name) -> {
            if (name != null && !name.isBlank()) {
                given.put(lang, name(name));
            }
        });
        return given;
    }

    private static Slug slug(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (!Slug.isValid(value)) {
            throw new TermRefusedException(
                    Reason.INVALID,
                    "a slug must be lower-case letters and digits joined by " + "single hyphens, at most "
                            + Slug.MAX_LENGTH + " characters, got '" + value + "'",
                    "nr.terms.error.slug",
                    value,
                    String.valueOf(Slug.MAX_LENGTH));
        }
        return new Slug(value);
    }

    /** A source's home page: blank for none, otherwise an absolute http or https URL. */
    private static String homepage(TermKind kind, String raw) {
        if (kind != TermKind.SOURCE || raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && value.length() <= 2000) {
                return value;
            }
        } catch (java.net.URISyntaxException e) {
            // refused below, with the value
        }
        throw new TermRefusedException(
                Reason.INVALID,
                "a home page must be an http or https address, got '" + value + "'",
                "nr.terms.error.homepage",
                value);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
