package org.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gazette.GazetteApplication;
import org.gazette.ingest.ArticleJsonReader;
import org.gazette.testing.PostgresTestDatabases;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A site that starts empty and then grows fast keeps SQLite's planner informed. Before, the planner
 * kept the statistics of the empty table it saw at startup and looked up a story's other languages
 * through the (status, published_at) index, reading every published story each time: a 100,000-line
 * import ran at a few dozen lines a second instead of about a thousand. PostgreSQL keeps its own
 * statistics, so the test runs on SQLite.
 */
class PlannerStatisticsIT {

    @TempDir
    Path dataDir;

    @Test
    void aSiteThatGrowsFromEmptyLooksUpTranslationsByTheirGroupNotByScanningPublishedStories() {
        Assumptions.assumeFalse(
                PostgresTestDatabases.selected(), "SQLite's planner statistics; PostgreSQL keeps its own");
        try (ConfigurableApplicationContext site = new SpringApplicationBuilder(GazetteApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(
                        "--gazette.data-dir=" + dataDir,
                        "--gazette.db.url=",
                        "--gazette.demo-content=false",
                        "--gazette.background-jobs=false",
                        "--spring.main.banner-mode=off")) {
            ArticleStore store = site.getBean(ArticleStore.class);
            ArticleJsonReader reader = site.getBean(ArticleJsonReader.class);
            TransactionTemplate transactions = site.getBean(TransactionTemplate.class);
            JdbcClient jdbc = site.getBean(JdbcClient.class);

            // saved the way the wire desk and the write API save: no import command, so no refresh at its end
            for (int batch = 0; batch < 6; batch++) {
                transactions.executeWithoutResult(status -> {
                    for (int i = 0; i < 250; i++) {
                        byte[] line = TestArticle.story("growth").json().getBytes(StandardCharsets.UTF_8);
                        store.save(reader.readLine(line));
                    }
                });
            }

            List<String> plan = jdbc.sql(
                            """
                            explain query plan select a.id from articles a
                             where a.translation_group = :group and a.id <> 1 and a.status = 'published'
                               and a.published_at >= :from and a.published_at <= :until order by a.lang""")
                    .param("group", "growth")
                    .param("from", "1900-01-01T00:00:00Z")
                    .param("until", "2999-01-01T00:00:00Z")
                    .query((rs, i) -> rs.getString("detail"))
                    .list();
            assertThat(plan).anySatisfy(step -> assertThat(step).contains("articles_by_group"));
            String counted = jdbc.sql("select stat from sqlite_stat1 where idx = 'articles_by_group'")
                    .query(String.class)
                    .single();
            assertThat(Long.parseLong(counted.split(" ")[0])).isGreaterThanOrEqualTo(1_000);
        }
    }
}
