package org.gazette.taxonomy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four kinds of term an article is filed under, with where each is stored and how articles point
 * at it: sections and sources through a column of {@code articles}, tags and authors through a join
 * table (an article may carry several).
 */
public enum TermKind {
    SECTION("section", "sections", null, "section_id"),
    TAG("tag", "tags", "article_tags", "tag_id"),
    AUTHOR("author", "authors", "article_authors", "author_id"),
    SOURCE("source", "sources", null, "source_id");

    private final String code;
    private final String table;
    private final String joinTable;
    private final String column;

    TermKind(String code, String table, String joinTable, String column) {
        this.code = code;
        this.table = table;
        this.joinTable = joinTable;
        this.column = column;
    }

    /** Singular, as in the reader URL ({@code /en/tag/...}) and in {@code retired_term_slugs.kind}. */
    public String code() {
        return code;
    }

    /** Plural, as in the newsroom URL ({@code /newsroom/terms/tags}); also the name of its table. */
    public String plural() {
        return table;
    }

    String table() {
        return table;
    }

    /** The table whose rows say which article carries which term: the join table, or {@code articles}. */
    String linkTable() {
        return joinTable == null ? "articles" : joinTable;
    }

    /** The column of {@link #linkTable} that holds the term's id. */
    String linkColumn() {
        return column;
    }

    /** The column of {@link #linkTable} that holds the article's id. */
    String articleColumn() {
        return joinTable == null ? "id" : "article_id";
    }

    /** The kind whose reader URL segment this is ({@code tag} for {@code /en/tag/...}). */
    public static Optional<TermKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }

    public static Optional<TermKind> fromPlural(String plural) {
        return Arrays.stream(values()).filter(kind -> kind.table.equals(plural)).findFirst();
    }
}
