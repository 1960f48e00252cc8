package org.gazette.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.GazetteApplication;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.OwnDatabase;
import org.gazette.testing.PostgresTestDatabases;
import org.gazette.testing.Quiet;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code GAZETTE_DB_REPLICA_URL}, pointed at the primary itself (a replica that is never behind): the
 * site works as before, anonymous readers' queries go through the replica's pool and the rest through
 * the primary's. PostgreSQL only; SQLite has no replicas.
 */
class ReadReplicaIT {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final OwnDatabase database = new OwnDatabase();

    private ConfigurableApplicationContext start() {
        List<String> properties = new ArrayList<>(database.properties());
        String url = properties.stream()
                .filter(p -> p.startsWith("gazette.db.url="))
                .findFirst()
                .orElseThrow()
                .substring("gazette.db.url=".length());
        properties.add("gazette.db.replica-url=" + url);
        properties.add("gazette.data-dir=" + dataDir);
        properties.add("gazette.demo-content=false");
        properties.add("server.port=0");
        return new SpringApplicationBuilder(GazetteApplication.class)
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    private static double connections(ConfigurableApplicationContext context, String database) {
        var counter = context.getBean(MeterRegistry.class)
                .find("gazette.db.connections")
                .tag("database", database)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void readersQueriesGoToTheReplicaAndEverythingElseToThePrimary() throws Exception {
        Assumptions.assumeTrue(PostgresTestDatabases.selected(), "SQLite has no read replicas (skipped)");
        try (ConfigurableApplicationContext context = start()) {
            TestArticle story = TestArticle.story("replica").with("headline", "Replica reads the quiet harbour");
            context.getBean(JsonLinesImport.class).importLines(TestArticle.lines(story), new Quiet().stream());
            SiteClient site =
                    new SiteClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));

            double replicaBefore = connections(context, "replica");
            double primaryBefore = connections(context, "primary");
            String page = site.get("/api/v1/articles/" + story.id()).body();
            assertThat(page).contains("Replica reads the quiet harbour");
            assertThat(site.get("/en/search?q=harbour").statusCode()).isEqualTo(200);
            assertThat(connections(context, "replica"))
                    .as("a reader's requests read the replica")
                    .isGreaterThan(replicaBefore);

            double replicaAfterReaders = connections(context, "replica");
            assertThat(site.get("/newsroom/login").statusCode()).isEqualTo(200);
            TestArticle second = TestArticle.story("replica").with("headline", "Primary takes the write");
            context.getBean(JsonLinesImport.class).importLines(TestArticle.lines(second), new Quiet().stream());
            assertThat(connections(context, "primary"))
                    .as("writes go to the primary")
                    .isGreaterThan(primaryBefore);
            assertThat(connections(context, "replica"))
                    .as("neither the newsroom nor a write touches the replica")
                    .isEqualTo(replicaAfterReaders);
        }
    }
}
