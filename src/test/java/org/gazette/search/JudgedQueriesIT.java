package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SharedCorpus;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search quality on the judged queries of {@code src/test/resources/search/judged/} (how they were made:
 * the README there): recall@10 and MRR per language, for inflected queries and for those typed as the
 * stories write them. The figures are printed (and written to {@code target/search-evaluation.txt});
 * the test holds them as floors, so an analysis change that loses word forms fails here.
 *
 * <p>Searched in the newsroom's scope, which lists every report on its own: the readers' folding of
 * near-duplicates would hide wanted stories that the analysis found.
 */
@GazetteIntegrationTest
class JudgedQueriesIT {

    /**
     * The floors: the figures measured with the analysis they guard (docs/search.md), rounded down to
     * two decimals, a perfect 1.00 to 0.99 (equally good stories may trade places from run to run as
     * the recency boost moves with the clock).
     * Keys are "language kind measure", kind being inflected, as-written or all.
     */
    private static final Map<String, Double> FLOORS = Map.ofEntries(
            Map.entry("ru inflected recall@10", 0.99), Map.entry("ru inflected MRR", 0.99),
            Map.entry("ru as-written recall@10", 0.99), Map.entry("ru as-written MRR", 0.99),
            Map.entry("ru all recall@10", 0.99), Map.entry("ru all MRR", 0.99),
            Map.entry("az inflected recall@10", 0.99), Map.entry("az inflected MRR", 0.98),
            Map.entry("az as-written recall@10", 0.99), Map.entry("az as-written MRR", 0.98),
            Map.entry("az all recall@10", 0.99), Map.entry("az all MRR", 0.98),
            Map.entry("en inflected recall@10", 0.98), Map.entry("en inflected MRR", 0.99),
            Map.entry("en as-written recall@10", 0.99), Map.entry("en as-written MRR", 0.99),
            Map.entry("en all recall@10", 0.99), Map.entry("en all MRR", 0.99));

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleSearch search;

    @Autowired
    OutboxIndexer indexer;

    /** One line of a judged file. */
    record Judged(String query, boolean inflected, String kind, Set<String> wanted) {}

    /** Sums of one group of queries. */
    static final class Tally {
        int queries;
        double recall;
        double reciprocalRank;

        void add(double queryRecall, double queryReciprocalRank) {
            queries++;
            recall += queryRecall;
            reciprocalRank += queryReciprocalRank;
        }

        double recall() {
            return queries == 0 ? 0 : recall / queries;
        }

        double mrr() {
            return queries == 0 ? 0 : reciprocalRank / queries;
        }
    }

    @Test
    void judgedQueriesFindTheStoriesReadersWant() throws IOException, InterruptedException {
        Path real = SharedCorpus.require("corpus/real");
        Path seed = SharedCorpus.require("corpus/az-seed.txt");
        for (String name : List.of("ru-factrueval.jsonl", "itn-ru.jsonl", "en-wikinews.jsonl", "itn-en.jsonl")) {
            try (InputStream in = Files.newInputStream(real.resolve(name))) {
                assertThat(importer.importLines(in, new Quiet().stream()).errors())
                        .isEmpty();
            }
        }
        try (InputStream in = new ByteArrayInputStream(azerbaijaniStories(seed).getBytes(StandardCharsets.UTF_8))) {
            assertThat(importer.importLines(in, new Quiet().stream()).errors()).isEmpty();
        }
        assertThat(indexer.awaitIdle(Duration.ofSeconds(120))).isTrue();

        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT, "%-4s %-11s %7s %10s %6s%n", "lang", "queries", "count", "recall@10", "MRR"));
        Map<String, Double> measured = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (String lang : List.of("ru", "az", "en")) {
            Map<String, Tally> tallies = new LinkedHashMap<>();
            for (String kind : List.of("inflected", "as-written", "all")) {
                tallies.put(kind, new Tally());
            }
            for (Judged judged : judged(lang)) {
                List<String> top = search
                        .search(SearchRequest.of(judged.query(), Language.of(lang))
                                .withScope(SearchScope.NEWSROOM))
                        .hits()
                        .stream()
                        .limit(10)
                        .map(SearchHit::externalId)
                        .toList();
                long found = top.stream().filter(judged.wanted()::contains).count();
                double recall = (double) found / Math.min(10, judged.wanted().size());
                double reciprocalRank = 0;
                for (int rank = 0; rank < top.size(); rank++) {
                    if (judged.wanted().contains(top.get(rank))) {
                        reciprocalRank = 1.0 / (rank + 1);
                        break;
                    }
                }
                if (recall < 1) {
                    misses.add(lang + " " + judged.query() + ": " + found + " of "
                            + judged.wanted().size());
                }
                tallies.get(judged.inflected() ? "inflected" : "as-written").add(recall, reciprocalRank);
                tallies.get("all").add(recall, reciprocalRank);
            }
            tallies.forEach((kind, tally) -> {
                report.append(String.format(
                        Locale.ROOT,
                        "%-4s %-11s %7d %10.3f %6.3f%n",
                        lang,
                        kind,
                        tally.queries,
                        tally.recall(),
                        tally.mrr()));
                measured.put(lang + " " + kind + " recall@10", tally.recall());
                measured.put(lang + " " + kind + " MRR", tally.mrr());
            });
        }
        report.append("queries not finding every wanted story in the first ten:\n");
        misses.forEach(miss -> report.append("  ").append(miss).append('\n'));
        Path out = Path.of("target", "search-evaluation.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println("[gazette] search evaluation (also in " + out + "):\n" + report);

        FLOORS.forEach((key, floor) -> assertThat(measured.get(key)).as(key).isGreaterThanOrEqualTo(floor));
        assertThat(FLOORS).as("floors for every figure").hasSameSizeAs(measured);
    }

    private static List<Judged> judged(String lang) throws IOException {
        List<Judged> lines = new ArrayList<>();
        try (InputStream in = JudgedQueriesIT.class.getResourceAsStream("/search/judged/judged-" + lang + ".tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                lines.add(new Judged(
                        columns[0], columns[1].equals("inflected"), columns[2], Set.of(columns[3].split("\\|"))));
            }
        }
        assertThat(lines).as("judged " + lang + " queries").hasSizeGreaterThanOrEqualTo(100);
        return lines;
    }

    /**
     * The Azerbaijani stories of the judged set: the demo stories in Azerbaijani, and each seed sentence
     * as a story of its own ({@code az-seed-NN}, NN its number among the non-blank lines).
     */
    private static String azerbaijaniStories(Path seed) throws IOException {
        StringBuilder lines = new StringBuilder();
        try (InputStream in = JudgedQueriesIT.class.getResourceAsStream("/demo/articles.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.contains("\"lang\": \"az\"")) {
                    lines.append(line).append('\n');
                }
            }
        }
        int n = 0;
        for (String sentence : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
            if (sentence.isBlank()) {
                continue;
            }
            n++;
            String text = sentence.strip().replace("\\", "\\\\").replace("\"", "\\\"");
            lines.append(String.format(
                    Locale.ROOT,
                    "{\"id\": \"az-seed-%02d\", \"headline\": \"%s\", "
                            + "\"date\": \"2024-09-%02dT09:00:00Z\", \"body\": \"%s\", \"lang\": \"az\"}%n",
                    n,
                    text,
                    1 + n % 28,
                    text));
        }
        return lines.toString();
    }
}
