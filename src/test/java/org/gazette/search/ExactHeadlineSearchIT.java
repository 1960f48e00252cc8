package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gazette.article.ArticleRepository;
import org.gazette.cluster.StoryClusters;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SharedCorpus;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A property of search: typing a story's exact headline finds that story, whatever characters the headline
 * holds. Checked on a sample of real headlines in English and Russian (../shared/corpus/real) and on the
 * demo stories in all three languages, with every headline that holds a character Unicode writes another
 * way (№, …, ligatures) in the sample.
 */
@GazetteIntegrationTest
// hundreds of real stories would change the rankings other search tests expect: an application of its own
@TestPropertySource(properties = "gazette.test.context=exact-headlines")
@DirtiesContext
class ExactHeadlineSearchIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Every n-th headline of each real file: a spread of the whole file at a fraction of the cost. */
    private static final int EVERY = 6;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleSearch search;

    @Autowired
    OutboxIndexer indexer;

    @Autowired
    ArticleRepository articles;

    @Autowired
    StoryClusters clusters;

    private record Story(String id, String headline, Language lang) {}

    @Test
    void searchingTheExactHeadlineOfARealStoryFindsIt() throws IOException, InterruptedException {
        Path real = SharedCorpus.require("corpus/real");
        List<String> lines = new ArrayList<>();
        for (String name : List.of("en-wikinews.jsonl", "itn-en.jsonl", "itn-ru.jsonl", "ru-factrueval.jsonl")) {
            List<String> all = Files.readAllLines(real.resolve(name), StandardCharsets.UTF_8);
            for (int i = 0; i < all.size(); i++) {
                if (i % EVERY == 0
                        || writtenAnotherWay(
                                JSON.readTree(all.get(i)).get("headline").asString())) {
                    lines.add(all.get(i));
                }
            }
        }
        List<Story> stories = new ArrayList<>(importAll(lines));
        // the demo stories, in all three languages, are loaded with the application
        try (InputStream demo = ExactHeadlineSearchIT.class.getResourceAsStream("/demo/articles.jsonl")) {
            stories.addAll(stories(List.of(new String(demo.readAllBytes(), StandardCharsets.UTF_8).split("\n"))));
        }
        assertThat(stories.stream().map(Story::lang).distinct())
                .as("every language is in the sample")
                .containsExactlyInAnyOrder(Language.of("en"), Language.of("ru"), Language.of("az"));
        assertThat(stories.stream().filter(s -> s.headline().contains("№")))
                .as("the № sign is in the sample")
                .isNotEmpty();

        List<String> notFound = new ArrayList<>();
        for (Story story : stories) {
            SearchRequest request = SearchRequest.of(story.headline(), story.lang());
            List<SearchHit> hits = search.search(request).hits();
            // another report of the same story may stand for it, this one folded into it: its cluster
            long storyId = articles.findByExternalId(story.id()).orElseThrow().id();
            Long cluster = clusters.clustersOf(List.of(storyId)).get(storyId);
            boolean found = hits.stream()
                    .anyMatch(hit -> hit.externalId().equals(story.id())
                            || (cluster != null
                                    && cluster.equals(clusters.clustersOf(List.of(hit.articleId()))
                                            .get(hit.articleId()))));
            if (!found) {
                notFound.add(story.lang() + " " + story.id() + " \"" + story.headline() + "\" found "
                        + hits.stream().map(SearchHit::externalId).toList());
            }
        }
        assertThat(notFound)
                .as("headlines that do not find their own story, of %d", stories.size())
                .isEmpty();
    }

    @Test
    void theNumberSignIsNoWordOnEitherSide() throws IOException, InterruptedException {
        importAll(List.of(
                line("school-fire", "Пожар в школе № 5 потушен", "ru"),
                line("no-future", "No future for the old pier", "en")));
        assertThat(ids("пожар школе № 5", "ru")).containsExactly("school-fire");
        assertThat(ids("пожар школе №5", "ru")).containsExactly("school-fire");
        assertThat(ids("пожар школе 5", "ru")).containsExactly("school-fire");
        assertThat(ids("№", "en")).isEmpty();
        assertThat(ids("№ future", "en")).contains("no-future").isEqualTo(ids("future", "en"));
    }

    private List<String> ids(String query, String lang) {
        return search.search(SearchRequest.of(query, Language.of(lang))).hits().stream()
                .map(SearchHit::externalId)
                .toList();
    }

    private static String line(String id, String headline, String lang) {
        return JSON.writeValueAsString(java.util.Map.of(
                "id",
                id,
                "headline",
                headline,
                "date",
                "2024-09-02T09:30:00Z",
                "body",
                "<p>" + headline + ".</p>",
                "lang",
                lang));
    }

    private static boolean writtenAnotherWay(String headline) {
        return !Normalizer.normalize(headline, Normalizer.Form.NFKC).equals(headline);
    }

    private List<Story> importAll(List<String> lines) throws IOException, InterruptedException {
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        assertThat(importer.importLines(new ByteArrayInputStream(bytes), new Quiet().stream())
                        .errors())
                .isEmpty();
        assertThat(indexer.awaitIdle(Duration.ofSeconds(120))).isTrue();
        return stories(lines);
    }

    private static List<Story> stories(List<String> lines) {
        List<Story> stories = new ArrayList<>();
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            stories.add(new Story(
                    node.get("id").asString(),
                    node.get("headline").asString(),
                    Language.of(node.get("lang").asString())));
        }
        return stories;
    }
}
