package org.gazette.taxonomy;

import java.util.List;
import org.gazette.system.DatabaseKind;
import org.gazette.taxonomy.TermRefusedException.Reason;
import org.gazette.text.Slug;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What editing any kind of term, sections included, asks of its table: a row locked for the change,
 * whether a slug is free, and which articles carry the term.
 */
@Component
class TermRows {

    private final JdbcClient jdbc;
    /** Locks a term row against a concurrent import using it while it is merged or deleted (PostgreSQL). */
    private final String forUpdate;

    TermRows(JdbcClient jdbc, DatabaseKind database) {
        this.jdbc = jdbc;
        // SQLite has no row locks and needs none: its write transactions begin IMMEDIATE and run one at a time
        this.forUpdate = database == DatabaseKind.POSTGRESQL ? " for update" : "";
    }

    /** Locks the term's row until the transaction ends; refused when there is none. */
    void lock(TermKind kind, long id) {
        jdbc.sql("select id from " + kind.table() + " where id = :id" + forUpdate)
                .param("id", id)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> TermRefusedException.noSuchTerm(kind, id));
    }

    /** Refused when another term of the kind than {@code self} has the slug. */
    void requireSlugFree(TermKind kind, Slug slug, long self) {
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

    /** The articles carrying a term, for the search index to catch up with. */
    List<Long> articleIds(TermKind kind, long id) {
        return jdbc.sql("select " + kind.articleColumn() + " from " + kind.linkTable() + " where " + kind.linkColumn()
                        + " = :id")
                .param("id", id)
                .query(Long.class)
                .list();
    }
}
