package org.gazette.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.gazette.article.Actor;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.taxonomy.Tag;
import org.gazette.taxonomy.TermEditor;
import org.gazette.taxonomy.TermKind;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.TestArticle;
import org.gazette.web.SiteLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The page cache over real HTTP: what a kept page looks like compared with its render, validators and
 * 304s, gzip made once, one render for a burst, and that each kind of change drops exactly the pages
 * showing or listing the story (pages of other sections stay kept: counted by renders).
 */
@GazetteIntegrationTest
class PageCacheIT {

    private static final List<String> SECURITY_HEADERS = List.of(
            "content-security-policy",
            "x-frame-options",
            "x-content-type-options",
            "referrer-policy",
            "permissions-policy");

    @LocalServerPort
    int port;

    @Autowired
    PageCache cache;

    @Autowired
    ArticleRepository articles;

    @Autowired
    ArticleStore store;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    TermEditor taxonomy;

    @Autowired
    MeterRegistry metrics;

    @Autowired
    PlatformTransactionManager transactions;

    private final HttpClient http = HttpClient.newHttpClient();
    private String word;

    @BeforeEach
    void unique() {
        word = "c" + UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String text(String path) {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private Article importStory(TestArticle story) {
        try {
            importer.importLines(TestArticle.lines(story), new Quiet().stream());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return articles.findByExternalId(story.id()).orElseThrow();
    }

    private TestArticle story(String section, String tag, String date) {
        return TestArticle.story("cache")
                .with("section", section)
                .with("tags", List.of(tag))
                .with("date", date);
    }

    private static String path(Article article) {
        return SiteLinks.article(article.lang(), article.slug());
    }

    private static Map<String, List<String>> headersWithoutDate(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("date")) {
                headers.put(name.toLowerCase(Locale.ROOT), values);
            }
        });
        return headers;
    }

    @Test
    void aKeptPageIsSentWithEveryHeaderAndByteOfItsRender() {
        Article story = importStory(story("Kept " + word, "kept-" + word, "2019-01-10T10:00:00Z"));
        long rendersBefore = cache.renders();
        double hitsBefore =
                metrics.counter("gazette.page.cache.requests", "result", "hit").count();

        HttpResponse<byte[]> rendered = get(path(story));
        HttpResponse<byte[]> kept = get(path(story));

        assertThat(rendered.statusCode()).isEqualTo(200);
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(cache.renders())
                .as("the second request is served from the cache")
                .isEqualTo(rendersBefore + 1);
        assertThat(metrics.counter("gazette.page.cache.requests", "result", "hit")
                        .count())
                .isEqualTo(hitsBefore + 1);
        assertThat(kept.body()).isEqualTo(rendered.body());
        assertThat(headersWithoutDate(kept)).isEqualTo(headersWithoutDate(rendered));
        for (String header : SECURITY_HEADERS) {
            assertThat(kept.headers().firstValue(header)).as(header).isPresent();
        }
        assertThat(kept.headers().firstValue("Cache-Control")).hasValueSatisfying(control -> assertThat(control)
                .contains("public", "max-age=", "s-maxage=", "stale-while-revalidate=", "stale-if-error="));
        assertThat(kept.headers().firstValue("Surrogate-Key")).hasValueSatisfying(keys -> assertThat(keys.split(" "))
                .contains(SurrogateKeys.article(story.id()), SurrogateKeys.ALL));
        assertThat(kept.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    }

    @Test
    void validatorsAnswerConditionalRequestsWith304() {
        Article story = importStory(story("Validated " + word, "validated-" + word, "2019-01-11T10:00:00Z"));
        HttpResponse<byte[]> first = get(path(story));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(etag).as("a strong validator").startsWith("\"");

        HttpResponse<byte[]> byTag = get(path(story), "If-None-Match", etag);
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
        assertThat(get(path(story), "If-Modified-Since", lastModified).statusCode())
                .isEqualTo(304);
        assertThat(get(path(story), "If-None-Match", "\"something-else\"").statusCode())
                .isEqualTo(200);

        HttpResponse<byte[]> zipped = get(path(story), "Accept-Encoding", "gzip");
        String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(zippedTag).as("another representation, another strong tag").isNotEqualTo(etag);
        assertThat(get(path(story), "Accept-Encoding", "gzip", "If-None-Match", zippedTag)
                        .statusCode())
                .isEqualTo(304);

        importStory(story("Validated " + word, "validated-" + word, "2019-01-11T10:00:00Z")
                .with("id", story.externalId())
                .with("headline", "Changed " + word));
        HttpResponse<byte[]> changed = get(path(story), "If-None-Match", etag);
        assertThat(changed.statusCode()).as("a changed story is sent again").isEqualTo(200);
        assertThat(new String(changed.body(), StandardCharsets.UTF_8)).contains("Changed " + word);
    }

    @Test
    void gzipIsTheSamePageCompressedOnce() throws IOException {
        Article story = importStory(story("Zipped " + word, "zipped-" + word, "2019-01-12T10:00:00Z"));
        byte[] plain = get(path(story)).body();
        HttpResponse<byte[]> zipped = get(path(story), "Accept-Encoding", "gzip, deflate");
        long renders = cache.renders();
        HttpResponse<byte[]> again = get(path(story), "Accept-Encoding", "gzip");

        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
        assertThat(again.body()).as("the very same compressed bytes").isEqualTo(zipped.body());
        assertThat(cache.renders()).isEqualTo(renders);
        assertThat(get(path(story), "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding"))
                .isEmpty();
    }

    @Test
    void aBurstOfFirstRequestsForOnePageRendersItOnce() throws Exception {
        Article story = importStory(story("Burst " + word, "burst-" + word, "2012-05-17T10:00:00Z"));
        String path = "/en/archive/2012/05/17";
        int readers = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        long renders = cache.renders();
        try {
            List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                Callable<HttpResponse<byte[]>> read = () -> {
                    start.await();
                    return get(path);
                };
                answers.add(pool.submit(read));
            }
            start.countDown();
            byte[] first = null;
            for (Future<HttpResponse<byte[]>> answer : answers) {
                HttpResponse<byte[]> response = answer.get();
                assertThat(response.statusCode()).isEqualTo(200);
                first = first == null ? response.body() : first;
                assertThat(response.body()).isEqualTo(first);
            }
            assertThat(new String(first, StandardCharsets.UTF_8)).contains(story.headline());
        } finally {
            pool.shutdownNow();
        }
        assertThat(cache.renders())
                .as("renders for %d simultaneous first readers", readers)
                .isEqualTo(renders + 1);
    }

    @Test
    void theFrontPageShowsAStoryTheMomentItIsPublishedWhileReadersKeepLoadingIt() throws Exception {
        // Readers keep the front page rendering while stories come in: a render that read the database
        // before a publication must never be what the next reader gets after it.
        ExecutorService readers = Executors.newFixedThreadPool(4);
        AtomicBoolean reading = new AtomicBoolean(true);
        try {
            for (int i = 0; i < 4; i++) {
                readers.submit(() -> {
                    while (reading.get()) {
                        get("/en/");
                    }
                    return null;
                });
            }
            for (int i = 0; i < 15; i++) {
                TestArticle story = TestArticle.story("front")
                        .with("headline", "Front " + word + " " + i)
                        .with(
                                "date",
                                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
                importStory(story);
                assertThat(text("/en/"))
                        .as("the front page right after story %d was published", i)
                        .contains(story.headline());
            }
        } finally {
            reading.set(false);
            readers.shutdownNow();
        }
    }

    @Test
    void anEditDropsThePagesShowingTheStoryAndKeepsTheOthers() {
        TestArticle edited = story("Edited " + word, "edited-" + word, "2019-02-01T10:00:00Z");
        Article story = importStory(edited);
        Article other = importStory(story("Other " + word, "other-" + word, "2019-02-02T10:00:00Z"));
        String section = SiteLinks.section(story.lang(), story.section().slug());
        String tag = SiteLinks.tag(story.lang(), story.tags().get(0).slug());
        String otherSection = SiteLinks.section(other.lang(), other.section().slug());
        String day = "/en/archive/2019/02/01";
        List<String> showing = List.of(path(story), section, tag, day, "/en/", section + "/rss.xml");
        List<String> notShowing = List.of(
                path(other),
                otherSection,
                SiteLinks.tag(other.lang(), other.tags().get(0).slug()));
        showing.forEach(this::text);
        notShowing.forEach(this::text);

        String before = story.headline();
        importStory(edited.with("headline", "Rewritten " + word));

        long renders = cache.renders();
        notShowing.forEach(this::text);
        assertThat(cache.renders()).as("pages not showing the story stay kept").isEqualTo(renders);
        for (String page : showing) {
            assertThat(text(page)).as(page).contains("Rewritten " + word).doesNotContain(before);
        }
    }

    @Test
    void aNewStoryJoinsEveryListItBelongsTo() {
        Article first = importStory(story("Joined " + word, "joined-" + word, "2019-03-01T10:00:00Z"));
        String section = SiteLinks.section(first.lang(), first.section().slug());
        String tag = SiteLinks.tag(first.lang(), first.tags().get(0).slug());
        // the front page and the language feeds show the newest stories of all tests: not checked here
        List<String> lists = List.of(
                section,
                tag,
                "/en/archive/2019/03/01",
                "/en/archive/2019/03",
                section + "/atom.xml",
                tag + "/feed.json");
        lists.forEach(this::text);

        TestArticle next = story("Joined " + word, "joined-" + word, "2019-03-01T12:00:00Z")
                .with("headline", "Newcomer " + word);
        importStory(next);

        for (String page : lists) {
            assertThat(text(page)).as(page).contains("Newcomer " + word);
        }
        assertThat(text(path(first))).as("the older story's neighbour link").contains("Newcomer " + word);
    }

    @Test
    void unpublishingAndDeletingTakeTheStoryOffEveryPage() {
        Article story = importStory(story("Withdrawn " + word, "withdrawn-" + word, "2019-04-01T10:00:00Z"));
        String section = SiteLinks.section(story.lang(), story.section().slug());
        Article neighbour = importStory(story("Withdrawn " + word, "withdrawn-" + word, "2019-04-01T09:00:00Z"));
        List<String> lists = List.of(section, path(neighbour), "/en/archive/2019/04/01", section + "/rss.xml");
        text(path(story));
        lists.forEach(page -> assertThat(text(page)).contains(story.headline()));

        store.changeStatus(story.id(), ArticleStatus.UNPUBLISHED, null, Actor.system("cache test"));
        assertThat(get(path(story)).statusCode()).isEqualTo(410);
        assertThat(get(path(story)).statusCode()).as("a 410 is not kept").isEqualTo(410);
        lists.forEach(page -> assertThat(text(page)).as(page).doesNotContain(story.headline()));

        store.changeStatus(story.id(), ArticleStatus.PUBLISHED, null, Actor.system("cache test"));
        assertThat(text(path(story))).contains(story.headline());
        lists.forEach(page -> assertThat(text(page)).as(page).contains(story.headline()));

        store.delete(story.id(), Actor.system("cache test"));
        assertThat(get(path(story)).statusCode()).isEqualTo(404);
        lists.forEach(page -> assertThat(text(page)).as(page).doesNotContain(story.headline()));
    }

    @Test
    void aChangeThatIsRolledBackDropsNoKeptPage() {
        Article story = importStory(story("Kept " + word, "kept-" + word, "2019-05-01T10:00:00Z"));
        String section = SiteLinks.section(story.lang(), story.section().slug());
        List<String> lists = List.of(section, "/en/archive/2019/05/01");
        lists.forEach(page -> assertThat(text(page)).contains(story.headline()));

        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            store.delete(story.id(), Actor.system("cache test"));
            transaction.setRollbackOnly();
        });

        long renders = cache.renders();
        lists.forEach(page -> assertThat(text(page)).as(page).contains(story.headline()));
        assertThat(cache.renders())
                .as("a deletion that was rolled back left the lists kept")
                .isEqualTo(renders);
        assertThat(articles.findById(story.id())).isPresent();
    }

    @Test
    void aStoryMovedToAnotherSectionLeavesTheOldSectionPage() {
        TestArticle moving = story("From " + word, "moving-" + word, "2019-05-01T10:00:00Z");
        Article story = importStory(moving);
        String from = SiteLinks.section(story.lang(), story.section().slug());
        assertThat(text(from)).contains(story.headline());

        Article moved = importStory(moving.with("section", "To " + word));
        String to = SiteLinks.section(moved.lang(), moved.section().slug());
        assertThat(text(from)).doesNotContain(story.headline());
        assertThat(text(to)).contains(story.headline());
    }

    @Test
    void aRenamedTagShowsOnKeptPagesAtOnce() {
        Article story = importStory(story("Renamed " + word, "Old " + word, "2019-06-01T10:00:00Z"));
        Tag tag = story.tags().get(0);
        assertThat(text(path(story))).contains("Old " + word);

        taxonomy.update(TermKind.TAG, tag.id(), "New " + word, "new-" + word, null);

        assertThat(text(path(story))).contains("New " + word).doesNotContain("Old " + word);
    }

    @Test
    void aMergedTagShowsOnKeptPagesAtOnce() {
        Article kept = importStory(story("Merged " + word, "Kept " + word, "2019-06-02T10:00:00Z"));
        Article moved = importStory(story("Merged " + word, "Gone " + word, "2019-06-02T11:00:00Z"));
        String target = SiteLinks.tag(kept.lang(), kept.tags().get(0).slug());
        assertThat(text(path(moved))).contains("Gone " + word);
        assertThat(text(target)).doesNotContain(moved.headline());

        taxonomy.merge(TermKind.TAG, moved.tags().get(0).id(), "Kept " + word);

        assertThat(text(path(moved))).contains("Kept " + word).doesNotContain("Gone " + word);
        assertThat(text(target)).contains(moved.headline());
    }

    @Test
    void aTranslationLinkedLaterShowsInTheOriginalsLanguageSwitcher() {
        Article original = importStory(story("Translated " + word, "translated-" + word, "2019-06-03T10:00:00Z"));
        assertThat(text(path(original))).doesNotContain("hreflang=\"ru\"");

        TestArticle russian = TestArticle.story("cache-ru")
                .with("lang", "ru")
                .with("headline", "Перевод " + word)
                .with("date", "2019-06-03T12:00:00Z")
                .with("translation_of", original.externalId());
        Article translation = importStory(russian);

        assertThat(text(path(original)))
                .as("the original's kept page names its new translation")
                .contains("hreflang=\"ru\"")
                .contains(path(translation));
    }

    @Test
    void aScheduledStoryJoinsTheKeptListsWhenItFallsDue() throws InterruptedException {
        Article story = importStory(story("Scheduled " + word, "scheduled-" + word, "2019-06-04T10:00:00Z"));
        Article neighbour = importStory(story("Scheduled " + word, "scheduled-" + word, "2019-06-04T09:00:00Z"));
        String section = SiteLinks.section(story.lang(), story.section().slug());
        String tag = SiteLinks.tag(story.lang(), story.tags().get(0).slug());
        List<String> lists = List.of(section, tag, "/en/archive/2019/06/04", section + "/rss.xml", path(neighbour));
        Actor editor = Actor.system("cache test");
        store.changeStatus(story.id(), ArticleStatus.UNPUBLISHED, null, editor);
        store.changeStatus(story.id(), ArticleStatus.DRAFT, null, editor);
        Instant due = Instant.now().plusMillis(1_500);
        store.changeStatus(story.id(), ArticleStatus.SCHEDULED, due, editor);
        lists.forEach(page -> assertThat(text(page)).as(page).doesNotContain(story.headline()));
        assertThat(get(path(story)).statusCode())
                .as("a scheduled story is not public")
                .isIn(404, 410);

        while (!Instant.now().isAfter(due)) {
            Thread.sleep(100);
        }
        // what the scheduler runs every few seconds, called here so that the test does not wait for it
        assertThat(store.publishDue(Actor.system("scheduler"))).containsExactly(story.id());

        assertThat(text(path(story))).contains(story.headline());
        lists.forEach(page -> assertThat(text(page)).as(page).contains(story.headline()));
    }

    @Test
    void fingerprintedAssetsAreImmutable() {
        Matcher stylesheet =
                Pattern.compile("href=\"(/assets/site-[0-9a-f]{32}\\.css)\"").matcher(text("/en/"));
        assertThat(stylesheet.find())
                .as("the front page links its fingerprinted stylesheet")
                .isTrue();
        HttpResponse<byte[]> asset = get(stylesheet.group(1));
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(control -> assertThat(control).contains("max-age=31536000", "immutable"));
        assertThat(get("/assets/site.css").headers().firstValue("Cache-Control").orElse(""))
                .as("the unversioned path may change")
                .doesNotContain("immutable");
    }

    @Test
    void signedInReadersTheNewsroomAndErrorsNeverComeFromTheCache() {
        Article story = importStory(story("Private " + word, "private-" + word, "2019-07-01T10:00:00Z"));
        text(path(story));
        double bypassed = metrics.counter("gazette.page.cache.requests", "result", "bypass")
                .count();

        HttpResponse<byte[]> signedIn = get(path(story), "Cookie", "GAZETTE_SESSION=" + word);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.headers().firstValue("Surrogate-Key"))
                .as("rendered, not from the cache")
                .isEmpty();
        assertThat(metrics.counter("gazette.page.cache.requests", "result", "bypass")
                        .count())
                .isEqualTo(bypassed + 1);

        long renders = cache.renders();
        HttpResponse<byte[]> newsroom = get("/newsroom/login");
        assertThat(newsroom.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(control -> assertThat(control).contains("no-store"));
        assertThat(newsroom.headers().firstValue("Surrogate-Key")).isEmpty();
        HttpResponse<byte[]> missing = get("/en/news/no-such-story-" + word);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Surrogate-Key")).isEmpty();
        assertThat(get("/en/search?q=" + word).headers().firstValue("Surrogate-Key"))
                .isEmpty();
        assertThat(cache.renders()).as("nothing was rendered to be kept").isEqualTo(renders);
    }
}
