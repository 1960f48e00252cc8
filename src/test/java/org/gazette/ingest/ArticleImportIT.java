package org.gazette.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SharedCorpus;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@GazetteIntegrationTest
class ArticleImportIT {

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleRepository articles;

    @Autowired
    JdbcClient jdbc;

    private ImportReport run(InputStream lines, Quiet out) throws IOException {
        return importer.importLines(lines, out.stream());
    }

    private long count(String sql, Object... args) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < args.length; i++) {
            spec = spec.param(i + 1, args[i]);
        }
        return spec.query(Long.class).single();
    }

    @Test
    void everyRealCorpusFileImportsAndReimportingChangesNothing() throws IOException {
        Path real = SharedCorpus.require("corpus/real");
        List<Path> files;
        try (var list = Files.list(real)) {
            files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        assertThat(files).hasSize(4);
        List<String> ids = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        for (Path file : files) {
            ImportReport report = run(Files.newInputStream(file), new Quiet());
            assertThat(report.errors()).as(file.toString()).isEmpty();
            assertThat(report.imported()).isEqualTo(report.lines());
            for (String line : Files.readAllLines(file)) {
                ids.add(json.readTree(line).get("id").asString());
            }
        }
        long stored = jdbc.sql("select count(*) from articles where external_id in (:ids)")
                .param("ids", ids)
                .query(Long.class)
                .single();
        assertThat(stored).as("every line is one article").isEqualTo(ids.size());

        for (Path file : files) {
            ImportReport again = run(Files.newInputStream(file), new Quiet());
            assertThat(again.created())
                    .as("re-import of %s creates nothing", file)
                    .isZero();
            assertThat(again.updated())
                    .as("re-import of %s updates nothing", file)
                    .isZero();
            assertThat(again.unchanged()).isEqualTo(again.lines());
        }
        assertThat(jdbc.sql("select count(*) from articles where external_id in (:ids)")
                        .param("ids", ids)
                        .query(Long.class)
                        .single())
                .as("re-import makes no duplicates")
                .isEqualTo(ids.size());
    }

    @Test
    void reimportingAnIdUpdatesTheArticleInPlaceAndKeepsItsUrl() throws IOException {
        TestArticle story = TestArticle.story("reimport").with("tags", List.of("Alpha", "Beta"));
        run(TestArticle.lines(story), new Quiet());
        Article first = articles.findByExternalId(story.id()).orElseThrow();

        story.with("headline", "A different headline entirely").with("tags", List.of("Gamma"));
        ImportReport report = run(TestArticle.lines(story), new Quiet());

        assertThat(report.updated()).isEqualTo(1);
        Article second = articles.findByExternalId(story.id()).orElseThrow();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.slug()).as("the URL stays").isEqualTo(first.slug());
        assertThat(second.headline()).isEqualTo("A different headline entirely");
        assertThat(second.tags()).extracting(t -> t.name()).containsExactly("Gamma");
        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(count("select count(*) from articles where external_id = ?", story.id()))
                .isEqualTo(1);
    }

    @Test
    void translationsLinkUpWhicheverLanguageArrivesFirst() throws IOException {
        TestArticle original = TestArticle.story("orig").with("lang", "en");
        TestArticle russian = TestArticle.story("orig-ru").with("lang", "ru").with("translation_of", original.id());
        TestArticle azerbaijani =
                TestArticle.story("orig-az").with("lang", "az").with("translation_of", russian.id());

        // the translation of the translation first, then the translation, then the original
        run(TestArticle.lines(azerbaijani), new Quiet());
        run(TestArticle.lines(russian), new Quiet());
        run(TestArticle.lines(original), new Quiet());

        Article english = articles.findByExternalId(original.id()).orElseThrow();
        assertThat(articles.translations(english))
                .extracting(s -> s.externalId())
                .containsExactlyInAnyOrder(russian.id(), azerbaijani.id());
        Article az = articles.findByExternalId(azerbaijani.id()).orElseThrow();
        assertThat(articles.translations(az))
                .extracting(s -> s.externalId())
                .containsExactlyInAnyOrder(original.id(), russian.id());
    }

    @Test
    void datesOutsideTheStoryRangeAreRefusedLineByLineNamingTheField() throws IOException {
        TestArticle good = TestArticle.story("range-good");
        String file = TestArticle.story("range-bad")
                        .with("date", "+99999-01-01T00:00:00Z")
                        .json() + "\n"
                + TestArticle.story("range-bad")
                        .with("date", "-0001-01-01T00:00:00Z")
                        .json() + "\n"
                + TestArticle.story("range-bad")
                        .with("date", "0000-01-01T00:00:00Z")
                        .json() + "\n"
                + TestArticle.story("range-bad")
                        .with("updated", "9999-12-31T23:59:59Z")
                        .json() + "\n"
                + good.json() + "\n";
        Quiet out = new Quiet();
        ImportReport report = run(TestArticle.text(file), out);

        assertThat(report.errors()).extracting(LineError::line).containsExactly(1L, 2L, 3L, 4L);
        assertThat(out.text())
                .contains("line 1: field 'date' must lie between 1900-01-01T00:00:00Z and 24 hours from now (")
                .contains("got '+99999-01-01T00:00:00Z'")
                .contains("line 2: field 'date' must lie between")
                .contains("got '-0001-01-01T00:00:00Z'")
                .contains("line 3: field 'date' must lie between")
                .contains("got '0000-01-01T00:00:00Z'")
                .contains("line 4: field 'updated' must lie between")
                .contains("got '9999-12-31T23:59:59Z'");
        assertThat(report.created()).isEqualTo(1);
        assertThat(articles.findByExternalId(good.id())).isPresent();
        assertThat(count("select count(*) from articles where external_id like 'range-bad-%'"))
                .isZero();
    }

    @Test
    void blankLinesAreIgnoredButCountedAndOtherInvisibleLinesAreRefused() throws IOException {
        TestArticle first = TestArticle.story("blank");
        TestArticle second = TestArticle.story("blank");
        String file = "\n" + first.json() + "\n \t  \r\n\u00a0\n" + second.json() + "\n\n";
        Quiet out = new Quiet();
        ImportReport report = run(TestArticle.text(file), out);

        assertThat(report.errors())
                .extracting(LineError::line)
                .as("only the no-break space line")
                .containsExactly(4L);
        assertThat(out.text()).contains("line 4: invalid JSON");
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.lines()).isEqualTo(6);
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndTheOthersStillImport() throws IOException {
        TestArticle good1 = TestArticle.story("good");
        TestArticle good2 = TestArticle.story("good");
        String file = good1.json() + "\n"
                + "{\"id\": \"broken\", \"headline\": \n"
                + TestArticle.story("bad").with("lang", "fr").json() + "\n"
                + "\n"
                + good2.json() + "\n"
                + TestArticle.story("bad").with("date", "yesterday").json() + "\n";
        Quiet out = new Quiet();
        ImportReport report = run(TestArticle.text(file), out);

        assertThat(report.errors()).extracting(LineError::line).containsExactly(2L, 3L, 6L);
        assertThat(out.text())
                .contains("line 2: invalid JSON")
                .contains("line 3: field 'lang' names an unknown language 'fr'")
                .contains("line 6: field 'date' must be an ISO-8601 date-time");
        assertThat(report.created()).isEqualTo(2);
        assertThat(articles.findByExternalId(good1.id())).isPresent();
        assertThat(articles.findByExternalId(good2.id())).isPresent();
        assertThat(count("select count(*) from articles where external_id like 'bad-%'"))
                .isZero();
    }

    @Test
    void generatedCorpusWithBrokenLinesReportsExactlyTheAnnouncedLines(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path generator = SharedCorpus.require("corpus/generate.py");
        Path corpus = dir.resolve("corpus.jsonl");
        Process process = new ProcessBuilder(
                        "python3",
                        generator.toString(),
                        "--count",
                        "1200",
                        "--seed",
                        "7",
                        "--bad",
                        "24",
                        "--out",
                        corpus.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        JsonNode manifest = JsonMapper.builder()
                .build()
                .readTree(dir.resolve("corpus.bad.json").toFile());
        Set<Long> announced = new TreeSet<>();
        manifest.get("bad").forEach(bad -> announced.add(bad.get("line").asLong()));
        assertThat(announced).hasSize(24);

        ImportReport report = run(Files.newInputStream(corpus), new Quiet());

        Map<Long, String> refused =
                report.errors().stream().collect(Collectors.toMap(LineError::line, LineError::reason));
        assertThat(refused.keySet()).isEqualTo(announced);
        assertThat(report.imported()).isEqualTo(1200);
        assertThat(count("select count(*) from articles where external_id like 'bad-%'"))
                .isZero();
    }
}
