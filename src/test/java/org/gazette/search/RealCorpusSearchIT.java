package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SharedCorpus;
import org.gazette.text.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Search over real news (the samples in ../shared/corpus/real): relevance cases and duplicate folding. */
@GazetteIntegrationTest
class RealCorpusSearchIT {

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleSearch search;

    @Autowired
    OutboxIndexer indexer;

    @BeforeEach
    void importRealSamples() throws IOException, InterruptedException {
        Path real = SharedCorpus.require("corpus/real");
        for (String name : List.of("en-wikinews.jsonl", "itn-en.jsonl", "ru-factrueval.jsonl")) {
            try (InputStream in = Files.newInputStream(real.resolve(name))) {
                assertThat(importer.importLines(in, new Quiet().stream()).errors())
                        .isEmpty();
            }
        }
        assertThat(indexer.awaitIdle(Duration.ofSeconds(60))).isTrue();
    }

    private List<String> ids(String query, String lang) {
        return search.search(SearchRequest.of(query, Language.of(lang))).hits().stream()
                .map(SearchHit::externalId)
                .toList();
    }

    @Test
    void relevanceCasesHold() throws IOException {
        List<String> failures = new ArrayList<>();
        try (InputStream in = RealCorpusSearchIT.class.getResourceAsStream("/search/relevance-real.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                List<String> found = ids(columns[1], columns[0]);
                int rank = 0;
                for (String group : columns[2].split(",")) {
                    Set<String> wanted = new HashSet<>(List.of(group.split("\\|")));
                    Set<String> got = found.size() >= rank + wanted.size()
                            ? new HashSet<>(found.subList(rank, rank + wanted.size()))
                            : Set.copyOf(found);
                    if (!got.equals(wanted)) {
                        failures.add(columns[1] + " (" + columns[3] + "): expected " + wanted + " at rank " + (rank + 1)
                                + ", got " + found);
                    }
                    rank += wanted.size();
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void dailyUpdatesOfOneStoryDoNotFillTheFirstPage() {
        // the samples hold twenty-one updated casualty figures of the February 2023 earthquake over twelve
        // days; the first reports are worded differently ("A magnitude 7.8 earthquake…", "Two earthquakes…")
        List<String> found = ids("earthquake Turkey Syria", "en");
        long sameStory = found.stream().filter(id -> id.contains("Q116691303")).count();
        assertThat(sameStory)
                .as("reports of one story on the first page: %s", found)
                .isBetween(1L, 4L);
        assertThat(search.search(SearchRequest.of("earthquake Turkey Syria", Language.of("en")))
                        .total())
                .as("every report still counts")
                .isGreaterThanOrEqualTo(15);
    }
}
