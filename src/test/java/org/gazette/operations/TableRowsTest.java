package org.gazette.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.gazette.system.DatabaseKind;
import org.junit.jupiter.api.Test;

class TableRowsTest {

    private final Column lang = new Column("lang", ValueKind.TEXT);
    private final Column slug = new Column("slug", ValueKind.TEXT);
    private final Column articleId = new Column("article_id", ValueKind.INTEGER);
    private final Table slugs =
            new Table("article_slugs", List.of(articleId, lang, slug), List.of(lang, slug), Set.of());

    @Test
    void postgresqlComparesTextKeysByteByByteAsSqliteDoes() {
        assertThat(TableRows.select(slugs, DatabaseKind.POSTGRESQL, true))
                .isEqualTo("select \"article_id\", \"lang\", \"slug\" from \"article_slugs\" where (\"lang\" collate"
                        + " \"C\", \"slug\" collate \"C\") > (?, ?) order by \"lang\" collate \"C\", \"slug\" collate"
                        + " \"C\"");
        assertThat(TableRows.select(slugs, DatabaseKind.SQLITE, true))
                .isEqualTo("select \"article_id\", \"lang\", \"slug\" from \"article_slugs\" where (\"lang\", \"slug\")"
                        + " > (?, ?) order by \"lang\", \"slug\"");
    }

    @Test
    void theLastKeyIsTheGreatestInTheSameOrder() {
        assertThat(TableRows.lastKey(slugs, DatabaseKind.POSTGRESQL))
                .isEqualTo("select \"lang\", \"slug\" from \"article_slugs\" order by \"lang\" collate \"C\" desc,"
                        + " \"slug\" collate \"C\" desc limit 1");
    }

    @Test
    void aTableWithoutKeyIsOrderedByAllItsColumnsWithNullsFirstOnBothEngines() {
        Table log = new Table("log", List.of(articleId, lang), List.of(), Set.of());

        assertThat(TableRows.select(log, DatabaseKind.SQLITE, false))
                .isEqualTo("select \"article_id\", \"lang\" from \"log\" order by \"article_id\" nulls first,"
                        + " \"lang\" nulls first");
    }

    @Test
    void namesAreQuotedSoNoTableNameCanBreakTheStatement() {
        assertThat(DatabaseSchema.quote("odd\"name")).isEqualTo("\"odd\"\"name\"");
    }
}
