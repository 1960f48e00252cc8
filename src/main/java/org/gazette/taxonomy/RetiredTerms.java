package org.gazette.taxonomy;

import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The slugs and names terms gave up ({@code retired_term_slugs}, {@code retired_term_names}), each
 * leading to the term that now answers for it: old reader addresses redirect there, and imports that
 * still send an old spelling file stories under it.
 */
@Component
class RetiredTerms {

    private static final List<String> TABLES = List.of("retired_term_slugs", "retired_term_names");

    private final JdbcClient jdbc;
    private final Clock clock;

    RetiredTerms(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The term {@code termId} answers for {@code slug} from now on. */
    void retireSlug(TermKind kind, String slug, long termId) {
        retire("retired_term_slugs", "slug", kind, slug, termId);
    }

    /** The term {@code termId} answers for the name with this key from now on. */
    void retireName(TermKind kind, String nameKey, long termId) {
        retire("retired_term_names", "name_key", kind, nameKey, termId);
    }

    private void retire(String table, String column, TermKind kind, String value, long termId) {
        jdbc.sql("insert into " + table + " (kind, " + column
                        + ", term_id, retired_at) values (:kind, :value, :id, :now)"
                        + " on conflict (kind, " + column + ")"
                        + " do update set term_id = excluded.term_id, retired_at = excluded.retired_at")
                .param("kind", kind.code())
                .param("value", value)
                .param("id", termId)
                .param("now", clock.millis())
                .update();
    }

    /** A live term took this slug (and name): the retired ones of that spelling lead nowhere any more. */
    void claim(TermKind kind, String slug, String nameKey) {
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

    /** What led to term {@code from} leads to {@code to}: a merged term's old addresses follow it. */
    void move(TermKind kind, long from, long to) {
        for (String table : TABLES) {
            jdbc.sql("update " + table + " set term_id = :target where kind = :kind and term_id = :id")
                    .param("target", to)
                    .param("kind", kind.code())
                    .param("id", from)
                    .update();
        }
    }

    /** A deleted term's old slugs and names lead nowhere. */
    void forget(TermKind kind, long termId) {
        for (String table : TABLES) {
            jdbc.sql("delete from " + table + " where kind = :kind and term_id = :id")
                    .param("kind", kind.code())
                    .param("id", termId)
                    .update();
        }
    }
}
