package org.gazette.taxonomy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gazette.taxonomy.TermRefusedException.Reason;
import org.gazette.text.Slug;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How editors manage tags, authors and sources: list them with how many articles carry each, create,
 * rename and re-slug them, merge one into another of its kind, and delete one nothing uses. Sections,
 * which have a name per language, are {@link SectionEditor}'s.
 *
 * <p>Every change keeps old addresses alive ({@link RetiredTerms}): a slug a term gives up still leads
 * to it, so its reader page and feeds redirect to its new address, and so does a name it gives up, so
 * imports that still send the old spelling file stories under the term it became. A merged term's
 * retired slugs and names follow it into the target. Each change publishes {@link TermChanged} inside
 * its transaction with the articles that now read differently; their {@code updated_at} and version
 * stay as they are, since no story was edited.
 */
@Service
public class TermEditor {

    /** A tag, author or source as editors see it. {@code homepage} is null except for sources. */
    public record Term(long id, String slug, String name, String homepage, long articles) {}

    /** A page of terms, and whether more follow it. */
    public record Listing(List<Term> terms, boolean more) {}

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
    private final TermRows rows;
    private final RetiredTerms retired;
    private final ApplicationEventPublisher events;

    TermEditor(
            JdbcClient jdbc,
            TaxonomyRepository taxonomy,
            ArticleTerms articleTerms,
            TermRows rows,
            RetiredTerms retired,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
        this.articleTerms = articleTerms;
        this.rows = rows;
        this.retired = retired;
        this.events = events;
    }

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
                .query(TermEditor::term)
                .list();
        boolean more = terms.size() > limit;
        return new Listing(more ? terms.subList(0, limit) : terms, more);
    }

    public Optional<Term> find(TermKind kind, long id) {
        requireNamed(kind);
        return jdbc.sql(select(kind) + " where t.id = :id")
                .param("id", id)
                .query(TermEditor::term)
                .optional();
    }

    /** Creates a term; a blank slug is made from the name. */
    @Transactional
    public Term create(TermKind kind, String name, String slug, String homepage) {
        requireNamed(kind);
        TermName term = TermInput.name(name);
        String home = TermInput.homepage(kind, homepage);
        requireNameFree(kind, term, 0);
        Slug address = slug == null || slug.isBlank() ? taxonomy.freeSlug(kind, term.display()) : TermInput.slug(slug);
        rows.requireSlugFree(kind, address, 0);
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
        retired.claim(kind, address.value(), term.key());
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
        TermName term = TermInput.name(name);
        String home = TermInput.homepage(kind, homepage);
        Slug address = TermInput.slugOr(slug, current.slug());
        String currentKey = TermName.of(current.name()).key();
        boolean renamed = !term.display().equals(current.name());
        boolean moved = !address.value().equals(current.slug());
        if (!term.key().equals(currentKey)) {
            requireNameFree(kind, term, id);
            retired.retireName(kind, currentKey, id);
        }
        if (moved) {
            rows.requireSlugFree(kind, address, id);
            retired.retireSlug(kind, current.slug(), id);
        }
        retired.claim(kind, address.value(), term.key());
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
        events.publishEvent(new TermChanged(kind, renamed || moved ? rows.articleIds(kind, id) : List.of()));
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
                        .param("key", TermInput.name(wanted).key())
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
        List<Long> articles = rows.articleIds(kind, id);
        articleTerms.reassign(kind, id, target);
        retired.move(kind, id, target);
        jdbc.sql("delete from " + kind.table() + " where id = :id")
                .param("id", id)
                .update();
        retired.retireSlug(kind, merged.slug(), target);
        retired.retireName(kind, TermName.of(merged.name()).key(), target);
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
        retired.forget(kind, id);
        jdbc.sql("delete from " + kind.table() + " where id = :id")
                .param("id", id)
                .update();
        events.publishEvent(new TermChanged(kind, List.of()));
        return term;
    }

    private static String select(TermKind kind) {
        return "select t.id, t.slug, t.name, " + (kind == TermKind.SOURCE ? "t.homepage" : "null") + " as homepage, "
                + "(select count(*) from " + kind.linkTable() + " x where x." + kind.linkColumn()
                + " = t.id) as articles "
                + "from " + kind.table() + " t";
    }

    private static Term term(ResultSet rs, int i) throws SQLException {
        return new Term(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("homepage"),
                rs.getLong("articles"));
    }

    private Term lock(TermKind kind, long id) {
        rows.lock(kind, id);
        return find(kind, id).orElseThrow(() -> TermRefusedException.noSuchTerm(kind, id));
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

    private static void requireNamed(TermKind kind) {
        if (kind == TermKind.SECTION) {
            throw new IllegalArgumentException("sections have a name per language; use SectionEditor");
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
