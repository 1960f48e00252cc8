package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gazette.article.Actor;
import org.gazette.article.Article;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.ingest.ImportReport;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestArticle;
import org.gazette.text.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search end to end, over the fixed stories of {@code search/articles.jsonl} and the relevance cases of
 * {@code search/relevance.tsv}, plus stories each test makes for itself.
 */
@GazetteIntegrationTest
class SearchIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleSearch search;

    @Autowired
    OutboxIndexer indexer;

    @Autowired
    ArticleStore store;

    @Autowired
    ArticleRepository articles;

    SiteClient site;

    @BeforeEach
    void loadFixtures() throws IOException, InterruptedException {
        site = new SiteClient(port);
        // importing the same file again changes nothing, so every test can ask for it
        try (InputStream in = SearchIT.class.getResourceAsStream("/search/articles.jsonl")) {
            ImportReport report = importer.importLines(in, new Quiet().stream());
            assertThat(report.errors()).isEmpty();
        }
        awaitIndexed();
    }

    private void awaitIndexed() throws InterruptedException {
        assertThat(indexer.awaitIdle(Duration.ofSeconds(30)))
                .as("the indexer caught up")
                .isTrue();
    }

    private void importStories(TestArticle... stories) throws IOException, InterruptedException {
        ImportReport report = importer.importLines(TestArticle.lines(stories), new Quiet().stream());
        assertThat(report.errors()).isEmpty();
        awaitIndexed();
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::externalId).toList();
    }

    static Stream<Arguments> relevanceCases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = SearchIT.class.getResourceAsStream("/search/relevance.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                cases.add(Arguments.of(columns[0], columns[1], columns[2], columns[3]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "[{0}] {1} → {2}: {3}")
    @MethodSource("relevanceCases")
    void relevance(String lang, String query, String expected, String why) {
        List<String> found = ids(search.search(SearchRequest.of(query, Language.of(lang))));
        int rank = 0;
        for (String group : expected.split(",")) {
            Set<String> wanted = new HashSet<>();
            for (String id : group.split("\\|")) {
                wanted.add("srch-" + id.strip());
            }
            assertThat(found).as("results for %s (%s)", query, why).hasSizeGreaterThanOrEqualTo(rank + wanted.size());
            assertThat(new HashSet<>(found.subList(rank, rank + wanted.size())))
                    .as("results %d to %d for %s (%s), all: %s", rank + 1, rank + wanted.size(), query, why, found)
                    .isEqualTo(wanted);
            rank += wanted.size();
        }
    }

    @Test
    void facetsCountEveryMatchPerSectionSourceTagLanguageAndYear() {
        SearchResults results = search.search(SearchRequest.of("zephyrine", Language.of("en")));
        assertThat(results.total()).isEqualTo(5);
        assertThat(results.facets().get("section"))
                .extracting(FacetValue::key, FacetValue::count)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("economy", 2L),
                        org.assertj.core.groups.Tuple.tuple("politics", 1L),
                        org.assertj.core.groups.Tuple.tuple("technology", 1L),
                        org.assertj.core.groups.Tuple.tuple("science", 1L));
        assertThat(results.facets().get("source"))
                .extracting(FacetValue::label, FacetValue::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Northern Wire", 2L),
                        org.assertj.core.groups.Tuple.tuple("Valley Courier", 2L),
                        org.assertj.core.groups.Tuple.tuple("Harbour Post", 1L));
        assertThat(results.facets().get("tag"))
                .extracting(FacetValue::label, FacetValue::count)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple("Zephyrine", 5L),
                        org.assertj.core.groups.Tuple.tuple("Agriculture", 2L));
        assertThat(results.facets().get("year"))
                .extracting(FacetValue::key, FacetValue::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2024", 3L),
                        org.assertj.core.groups.Tuple.tuple("2023", 2L));
        assertThat(results.facets().get("lang"))
                .extracting(FacetValue::key, FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("en", 5L));

        SearchResults economy = search.search(
                SearchRequest.of("zephyrine", Language.of("en")).withFilters("economy", null, null, null, null));
        assertThat(ids(economy)).containsExactlyInAnyOrder("srch-en-saffron", "srch-en-harvest-grain");
        SearchResults tagged = search.search(
                SearchRequest.of("zephyrine", Language.of("en")).withFilters(null, "energy", null, null, null));
        assertThat(ids(tagged)).containsExactly("srch-en-solar-phrase");
        SearchResults in2023 = search.search(SearchRequest.of("zephyrine", null)
                .withFilters(
                        null,
                        null,
                        null,
                        java.time.Instant.parse("2023-01-01T00:00:00Z"),
                        java.time.Instant.parse("2024-01-01T00:00:00Z")));
        assertThat(ids(in2023)).containsExactlyInAnyOrder("srch-en-saffron", "srch-en-harvest-grain");
    }

    @Test
    void theSameStoryFromTwoSourcesIsOneResultNamingTheOther() {
        SearchResults results = search.search(SearchRequest.of("lighthouse cape reopens", Language.of("en")));
        assertThat(ids(results)).hasSize(1).containsAnyOf("srch-en-lighthouse-1", "srch-en-lighthouse-2");
        SearchHit hit = results.hits().get(0);
        assertThat(hit.alsoFrom())
                .containsExactly(hit.sourceName().equals("Harbour Post") ? "Northern Wire" : "Harbour Post");
        assertThat(results.total()).as("the total still counts both reports").isEqualTo(2);
    }

    @Test
    void unpublishingRemovesAStoryFromReaderResultsAtOnceButNotFromTheNewsroom() throws Exception {
        TestArticle story = TestArticle.story("srch-unpublish").with("headline", "Quokka census counts record numbers");
        importStories(story);
        assertThat(ids(search.search(SearchRequest.of("quokka", null)))).contains(story.id());

        Article stored = articles.findByExternalId(story.id()).orElseThrow();
        store.save(new ArticleInput(
                story.id(),
                stored.headline(),
                null,
                stored.publishedAt(),
                null,
                stored.bodySource(),
                stored.bodyFormat(),
                stored.lang(),
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                ArticleStatus.UNPUBLISHED));
        // no waiting for the indexer: reader results are checked against the database
        assertThat(ids(search.search(SearchRequest.of("quokka", null)))).doesNotContain(story.id());
        awaitIndexed();
        assertThat(search.search(SearchRequest.of("quokka", null)).total()).isZero();
        SearchResults newsroom = search.search(SearchRequest.of("quokka", null).withScope(SearchScope.NEWSROOM));
        assertThat(ids(newsroom)).containsExactly(story.id());
        assertThat(newsroom.hits().get(0).status().code()).isEqualTo("unpublished");
    }

    @Test
    void aDeletedStoryLeavesReaderResultsAtOnceAndTheIndexSoonAfter() throws Exception {
        TestArticle story = TestArticle.story("srch-delete").with("headline", "Okapi calf born at the reserve");
        importStories(story);
        assertThat(ids(search.search(SearchRequest.of("okapi", null)))).containsExactly(story.id());

        store.delete(articles.findByExternalId(story.id()).orElseThrow().id(), Actor.system("test"));
        assertThat(ids(search.search(SearchRequest.of("okapi", null)))).isEmpty();
        awaitIndexed();
        assertThat(ids(search.search(SearchRequest.of("okapi", null).withScope(SearchScope.NEWSROOM))))
                .as("gone from the index too")
                .isEmpty();
    }

    @Test
    void aMisspelledQueryGetsASuggestionThatFindsStories() {
        SearchResults results = search.search(SearchRequest.of("glaicer", Language.of("en")));
        assertThat(results.total()).isZero();
        assertThat(results.didYouMean()).isEqualTo("glacier");
    }

    @Test
    void pagesDoNotOverlapAndTogetherHoldEveryResult() throws Exception {
        TestArticle[] stories = new TestArticle[7];
        for (int i = 0; i < stories.length; i++) {
            stories[i] = TestArticle.story("srch-paging")
                    .with(
                            "headline",
                            "Wombat report number " + (i + 1) + " of " + (char) ('a' + i) + "series " + "xyz".repeat(i))
                    .with("date", "2024-01-0" + (i + 1) + "T10:00:00Z")
                    // seven stories, not one story re-sent seven times: texts of their own, or they are one cluster
                    .with("body", distinctWords(12));
        }
        importStories(stories);
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            SearchRequest request = new SearchRequest(
                    SearchText.from("wombat"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    SearchSort.NEWEST,
                    page,
                    3,
                    SearchScope.READERS);
            SearchResults results = search.search(request);
            seen.addAll(ids(results));
            assertThat(results.hasMore()).isEqualTo(page < 3);
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize(7);
    }

    /** Words no other story has. */
    private static String distinctWords(int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add("w" + java.util.UUID.randomUUID().toString().substring(0, 8));
        }
        return String.join(" ", words) + ".";
    }

    @Test
    void highlightsMarkMatchesAndEscapeEverythingElse() throws Exception {
        TestArticle story = TestArticle.story("srch-escape")
                .with("headline", "Pangolin <script>alert(1)</script> & friends")
                .with("body", "The pangolin <img src=x onerror=alert(2)> eats ants & termites.");
        importStories(story);
        SearchHit hit = search.search(SearchRequest.of("pangolin", null)).hits().get(0);
        assertThat(hit.headlineHtml())
                .isEqualTo("<mark>Pangolin</mark> &lt;script&gt;alert(1)&lt;&#x2F;script&gt; &amp; friends");
        assertThat(hit.snippetHtml()).startsWith("The <mark>pangolin</mark>").doesNotContain("<img");
    }

    @Test
    void theSearchPageShowsResultsFacetsAndSortWithoutScript() {
        HttpResponse<String> response = site.get("/en/search?q=zephyrine");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(page.select(".search-summary").text()).isEqualTo("Found 5 stories for “zephyrine”");
        assertThat(page.select(".search-result")).hasSize(5);
        assertThat(page.select(".search-facet--section a").eachText()).contains("Economy 2");
        assertThat(page.select(".search-sort a").eachText()).containsExactly("Best match", "Newest");
        assertThat(page.select("#site-search").attr("value")).isEqualTo("zephyrine");
        assertThat(page.select("script:not([src]):not([type=application/ld+json])"))
                .isEmpty();

        Document economy = Jsoup.parse(site.get(page.select(".search-facet--section a:contains(Economy)")
                        .attr("href"))
                .body());
        assertThat(economy.select(".search-result")).hasSize(2);
        assertThat(economy.select(".search-active a").eachText()).containsExactly("Remove Section: economy ×");

        Document russian =
                Jsoup.parse(site.get("/ru/search?q=%D0%BC%D0%B0%D1%8F%D0%BA").body());
        assertThat(russian.select(".search-result__headline").text()).contains("маяк");
        assertThat(russian.select(".search-result__headline mark").text()).isEqualTo("маяк");
    }

    @Test
    void badInputNeverFailsTheServer() {
        for (String query : List.of(
                "\"unbalanced",
                "((((",
                "-",
                "OR",
                "title:x~2^3*",
                "%00%01%1F",
                "%E2%80%AE%F0%9F%98%80",
                "a%22b%22c%22",
                "%EF%BF%BF",
                "\\\\",
                "*:*",
                "AND NOT OR")) {
            HttpResponse<String> page = site.get("/en/search?q="
                    + query.replace("\\", "%5C")
                            .replace("\"", "%22")
                            .replace(" ", "+")
                            .replace("(", "%28")
                            .replace("^", "%5E")
                            .replace("*", "%2A"));
            assertThat(page.statusCode()).as("page for %s", query).isEqualTo(200);
            HttpResponse<String> api = site.get("/api/v1/search?q="
                    + query.replace("\\", "%5C")
                            .replace("\"", "%22")
                            .replace(" ", "+")
                            .replace("(", "%28")
                            .replace("^", "%5E")
                            .replace("*", "%2A"));
            assertThat(api.statusCode()).as("API for %s", query).isEqualTo(200);
        }
    }

    @Test
    void tooLongOrMalformedInputGetsA400ThatSaysWhy() throws Exception {
        HttpResponse<String> tooLong = site.get("/api/v1/search?q=" + "a".repeat(501));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(tooLong.body());
        assertThat(problem.get("parameter").asString()).isEqualTo("q");
        assertThat(problem.get("detail").asString())
                .isEqualTo("parameter 'q' must be at most 500 characters long, got 501");

        assertThat(JSON.readTree(site.get("/api/v1/search").body())
                        .get("detail")
                        .asString())
                .isEqualTo("parameter 'q' is required: the words to search for");
        assertThat(JSON.readTree(site.get("/api/v1/search?q=x&sort=oldest").body())
                        .get("detail")
                        .asString())
                .isEqualTo("parameter 'sort' must be relevance or newest, got 'oldest'");
        assertThat(JSON.readTree(site.get("/api/v1/search?q=x&page=999").body())
                        .get("detail")
                        .asString())
                .isEqualTo("parameter 'page' must be from 1 to 50, got 999");
        assertThat(site.get("/api/v1/search?q=x&from=yesterday").statusCode()).isEqualTo(400);

        HttpResponse<String> page = site.get("/en/search?q=" + "word+".repeat(40));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(page.body()).select(".search-error").text())
                .isEqualTo("This search is too long. Please use at most 500 characters and 32 words.");
        assertThat(site.get("/en/search?q=x&section=Not+A+Slug").statusCode()).isEqualTo(400);
    }

    @Test
    void theApiAnswersWithHighlightsFacetsAndANextLink() throws Exception {
        JsonNode body = JSON.readTree(
                site.get("/api/v1/search?q=zephyrine&lang=en&limit=2").body());
        assertThat(body.get("total").asLong()).isEqualTo(5);
        assertThat(body.get("items")).hasSize(2);
        assertThat(body.get("next").asString()).contains("/api/v1/search?q=zephyrine&lang=en&limit=2&page=2");
        assertThat(body.get("facets").get("section")).isNotEmpty();
        JsonNode glacier = JSON.readTree(
                        site.get("/api/v1/search?q=glacier&lang=en").body())
                .get("items")
                .get(0);
        assertThat(glacier.get("id").asString()).isEqualTo("srch-en-glacier-head");
        assertThat(glacier.get("headline").asString()).isEqualTo("Glacier retreat speeds up in the northern valleys");
        assertThat(glacier.get("headline_html").asString()).startsWith("<mark>Glacier</mark>");
    }

    @Test
    void suggestionsCompleteNamesAndHeadlinesOfPublishedStories() throws Exception {
        JsonNode body = JSON.readTree(
                site.get("/api/v1/search/suggest?lang=az&q=%C9%99liz").body());
        List<String> labels = new ArrayList<>();
        body.get("suggestions")
                .forEach(s -> labels.add(
                        s.get("kind").asString() + ":" + s.get("label").asString()));
        assertThat(labels).contains("author:Nigar Əlizadə", "story:Rəssam Nigar Əlizadənin sərgisi açılıb");

        JsonNode typedWithoutAccents =
                JSON.readTree(site.get("/api/v1/search/suggest?lang=az&q=aliz").body());
        assertThat(typedWithoutAccents.get("suggestions")).isNotEmpty();
        assertThat(JSON.readTree(site.get("/api/v1/search/suggest?lang=en&q=g").body())
                        .get("suggestions"))
                .isEmpty();
        assertThat(site.get("/api/v1/search/suggest?lang=xx&q=gla").statusCode())
                .isEqualTo(400);
    }

    @Test
    void everyCommittedChangeIsIndexedWithoutWaitingForThePoll() throws Exception {
        TestArticle story = TestArticle.story("srch-fresh").with("headline", "Narwhal sighting off the coast");
        importer.importLines(TestArticle.lines(story), new Quiet().stream());
        long deadline = System.currentTimeMillis() + 5_000;
        while (search.search(SearchRequest.of("narwhal", null)).total() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(ids(search.search(SearchRequest.of("narwhal", null)))).containsExactly(story.id());
    }
}
