package org.gazette.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gazette.article.Actor;
import org.gazette.article.Article;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.article.BodyFormat;
import org.gazette.entity.EntitiesChanged;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.tagging.EntityEditing;
import org.gazette.testing.EntityRows;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestArticle;
import org.gazette.text.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The entity sitemaps: per language, the entities readers may see that a published story in that language
 * names, with the time the newest such story was published or updated, and their pages in the other
 * languages that list them as alternates; found from the sitemap index, and changed at once when a story is
 * tagged or an entity hidden or merged.
 */
@GazetteIntegrationTest
class EntitySitemapsIT {

    private static final String BASE = "http://localhost:8080";

    @LocalServerPort
    int port;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleRepository articles;

    @Autowired
    ArticleStore store;

    @Autowired
    EntityEditing editing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    SiteClient site;
    EntityRows rows;
    String word;

    /** A sitemap entry: when it last changed, and its alternates by hreflang. */
    record Entry(Instant lastModified, Map<String, String> alternates) {}

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
        rows = new EntityRows(jdbc);
        word = UUID.randomUUID().toString().substring(0, 8);
    }

    Article importStory(TestArticle story) throws IOException {
        importer.importLines(TestArticle.lines(story), new Quiet().stream());
        return articles.findByExternalId(story.id()).orElseThrow();
    }

    Article draft() {
        String externalId = TestArticle.story("entity-map-draft").id();
        store.create(
                new ArticleInput(
                        externalId,
                        "Draft " + externalId,
                        null,
                        Instant.parse("2019-04-02T10:00:00Z"),
                        null,
                        "A draft.",
                        BodyFormat.TEXT,
                        Language.of("en"),
                        null,
                        List.of(),
                        List.of(),
                        null,
                        null,
                        null,
                        ArticleStatus.DRAFT),
                null,
                Actor.system("entity sitemap test"));
        return articles.findByExternalId(externalId).orElseThrow();
    }

    long entity(String name) {
        return rows.entity(
                name.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + word, "PER", Map.of("en", name + " " + word));
    }

    /** The story names the entity, as the tagger would write it, and says so in a transaction. */
    void names(Article story, long entity) {
        rows.names(story.id(), entity, 1, 0);
        changed(story.id(), entity);
    }

    void changed(long story, long entity) {
        transactions.executeWithoutResult(
                status -> events.publishEvent(new EntitiesChanged(Set.of(story), Set.of(entity))));
    }

    String slugOf(long entity) {
        return jdbc.sql("select slug from entities where id = :id")
                .param("id", entity)
                .query(String.class)
                .single();
    }

    String page(String lang, long entity) {
        return BASE + "/" + lang + "/entity/" + slugOf(entity);
    }

    /** Every entry of a language's entity sitemaps, as the sitemap index lists them. */
    Map<String, Entry> entitySitemaps(String lang) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Element index = xml("/sitemap.xml").getDocumentElement();
        for (Element sitemap : children(index, "sitemap")) {
            String loc = text(sitemap, "loc");
            if (loc.startsWith(BASE + "/sitemaps/entities-" + lang + "-")) {
                assertThat(children(sitemap, "lastmod")).hasSize(1);
                entries.putAll(urlset(xml(loc.substring(BASE.length()))));
            }
        }
        return entries;
    }

    @Test
    void anEntityNamedByAPublishedStoryIsListedWithItsNewestStorysTimeAndItsOtherLanguages() throws IOException {
        Article older = importStory(TestArticle.story("entity-map").with("date", "2018-02-01T10:00:00Z"));
        Article newest = importStory(TestArticle.story("entity-map")
                .with("date", "2019-04-02T10:00:00Z")
                .with("updated", "2019-04-05T08:00:00Z"));
        Article russian =
                importStory(TestArticle.story("entity-map").with("lang", "ru").with("date", "2017-06-01T10:00:00Z"));
        long listed = entity("Listed Person");
        long englishOnly = entity("English Only");
        names(older, listed);
        names(newest, listed);
        names(russian, listed);
        names(older, englishOnly);

        Map<String, Entry> english = entitySitemaps("en");
        Entry entry = english.get(page("en", listed));
        assertThat(entry).as("listed in English").isNotNull();
        assertThat(entry.lastModified()).isEqualTo(Instant.parse("2019-04-05T08:00:00Z"));
        assertThat(entry.alternates())
                .containsOnly(
                        Map.entry("en", page("en", listed)),
                        Map.entry("ru", page("ru", listed)),
                        Map.entry("x-default", page("en", listed)));
        assertThat(english.get(page("en", englishOnly)).alternates())
                .as("no page in another language lists it")
                .isEmpty();
        assertThat(english.get(page("en", englishOnly)).lastModified())
                .isEqualTo(Instant.parse("2018-02-01T10:00:00Z"));

        Map<String, Entry> russianMap = entitySitemaps("ru");
        assertThat(russianMap.get(page("ru", listed)).lastModified()).isEqualTo(Instant.parse("2017-06-01T10:00:00Z"));
        assertThat(russianMap).doesNotContainKey(page("ru", englishOnly));
        assertThat(entitySitemaps("az")).doesNotContainKey(page("az", listed));
    }

    @Test
    void anEntitysDateIsTheLatestChangeAmongItsStoriesNotOnlyTheNewestStorys() throws IOException {
        Article older = importStory(TestArticle.story("entity-map")
                .with("date", "2018-03-01T10:00:00Z")
                .with("updated", "2020-01-15T12:00:00Z"));
        Article newer = importStory(TestArticle.story("entity-map").with("date", "2019-03-01T10:00:00Z"));
        long entity = entity("Corrected Later");
        names(older, entity);
        names(newer, entity);

        assertThat(entitySitemaps("en").get(page("en", entity)).lastModified())
                .isEqualTo(Instant.parse("2020-01-15T12:00:00Z"));
    }

    @Test
    void aStoryWithADateNoPageShowsDoesNotListOrDateAnEntity() throws IOException {
        Article shown = importStory(TestArticle.story("entity-map").with("date", "2019-08-01T10:00:00Z"));
        Article misdated = importStory(TestArticle.story("entity-map").with("date", "2019-08-02T10:00:00Z"));
        long both = entity("Dated Twice");
        long misdatedOnly = entity("Misdated Only");
        names(shown, both);
        names(misdated, both);
        names(misdated, misdatedOnly);
        // a date input refuses, as an old version or a hand edit may have left it (ShownDates)
        long year1850 = Instant.parse("1850-01-01T00:00:00Z").toEpochMilli();
        jdbc.sql("update articles set published_at = :at where id = :id")
                .param("at", year1850)
                .param("id", misdated.id())
                .update();
        jdbc.sql("update article_entities set published_at = :at where article_id = :id")
                .param("at", year1850)
                .param("id", misdated.id())
                .update();
        changed(misdated.id(), misdatedOnly);

        Map<String, Entry> english = entitySitemaps("en");
        assertThat(english.get(page("en", both)).lastModified()).isEqualTo(Instant.parse("2019-08-01T10:00:00Z"));
        assertThat(english).doesNotContainKey(page("en", misdatedOnly));
    }

    @Test
    void theIndexDatesEachEntitySitemapByTheLatestChangeItLists() throws IOException {
        Article story = importStory(TestArticle.story("entity-map")
                .with("date", "2019-07-01T10:00:00Z")
                .with("updated", "2019-07-09T16:30:00Z"));
        long entity = entity("Indexed Person");
        names(story, entity);

        // stories tagged in the background may change the sitemaps between two requests: the index is compared
        // with the files it names only when it reads the same before and after them
        for (int attempt = 0; attempt < 20; attempt++) {
            String before = site.get("/sitemap.xml").body();
            Map<String, Instant> dated = new LinkedHashMap<>();
            Map<String, Instant> latestListed = new LinkedHashMap<>();
            for (Element sitemap : children(parse(before), "sitemap")) {
                String loc = text(sitemap, "loc");
                if (loc.startsWith(BASE + "/sitemaps/entities-")) {
                    dated.put(
                            loc, OffsetDateTime.parse(text(sitemap, "lastmod")).toInstant());
                    urlset(xml(loc.substring(BASE.length()))).values().stream()
                            .map(Entry::lastModified)
                            .max(Instant::compareTo)
                            .ifPresent(latest -> latestListed.put(loc, latest));
                }
            }
            if (before.equals(site.get("/sitemap.xml").body())) {
                assertThat(dated).isEqualTo(latestListed);
                assertThat(dated.keySet()).anyMatch(loc -> loc.startsWith(BASE + "/sitemaps/entities-en-"));
                assertThat(dated.entrySet())
                        .filteredOn(file -> file.getKey().startsWith(BASE + "/sitemaps/entities-en-"))
                        .as("the English file listing the entity is dated no earlier than its story's update")
                        .anyMatch(file -> !file.getValue().isBefore(Instant.parse("2019-07-09T16:30:00Z")));
                return;
            }
        }
        throw new AssertionError("the sitemap index kept changing while its entity sitemaps were read");
    }

    @Test
    void hiddenMergedAndDraftOnlyEntitiesAreLeftOut() throws IOException {
        Article story = importStory(TestArticle.story("entity-map").with("date", "2019-05-01T10:00:00Z"));
        long survivor = entity("Survivor");
        long hidden = entity("Hidden");
        long merged = entity("Merged");
        long draftOnly = entity("Draft Only");
        names(story, survivor);
        names(story, hidden);
        names(story, merged);
        names(draft(), draftOnly);
        rows.hide(hidden);
        changed(story.id(), hidden);
        rows.merge(merged, survivor);
        changed(story.id(), merged);

        Map<String, Entry> english = entitySitemaps("en");
        assertThat(english).containsKey(page("en", survivor));
        assertThat(english).doesNotContainKeys(page("en", hidden), page("en", merged), page("en", draftOnly));
    }

    @Test
    void aTaggedStoryAndAnEditorsHidingChangeTheSitemapAtOnce() throws IOException, InterruptedException {
        entitySitemaps("en"); // kept now
        Article story = importStory(TestArticle.story("entity-map")
                .with("date", "2019-06-03T09:00:00Z")
                .with("body", "Professor Ysolde Branquette opened the science fair in Sheki on Monday."));
        entitySitemaps("en"); // kept again, perhaps before the story was tagged
        rows.awaitTagged(story.id());
        long entity = jdbc.sql("select entity_id from article_mentions where article_id = :id and surface like"
                        + " '%Branquette%' and entity_id is not null")
                .param("id", story.id())
                .query(Long.class)
                .single();

        // the entity is listed within moments, not when the minute a sitemap is kept for runs out
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (!entitySitemaps("en").containsKey(page("en", entity)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(entitySitemaps("en").get(page("en", entity)).lastModified())
                .isEqualTo(Instant.parse("2019-06-03T09:00:00Z"));

        editing.hide(slugOf(entity), true);
        assertThat(entitySitemaps("en")).doesNotContainKey(page("en", entity));
        editing.hide(slugOf(entity), false);
        assertThat(entitySitemaps("en")).containsKey(page("en", entity));
    }

    @Test
    void anEntitySitemapThatListsNothingOrAnUnknownLanguageIsNotFound() {
        assertThat(site.get("/sitemaps/entities-en-0.xml").statusCode()).isEqualTo(404);
        assertThat(site.get("/sitemaps/entities-en-999999.xml").statusCode()).isEqualTo(404);
        assertThat(site.get("/sitemaps/entities-fr-1.xml").statusCode()).isEqualTo(404);
        assertThat(site.get("/sitemaps/entities-xx-1.xml").statusCode()).isEqualTo(404);
    }

    private Document xml(String path) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
        return parseDocument(path, response.body());
    }

    /** The root element of a sitemap index. */
    private static Element parse(String index) {
        Element root = parseDocument("/sitemap.xml", index).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("sitemapindex");
        return root;
    }

    private static Document parseDocument(String path, String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(path + " is not well-formed: " + e.getMessage(), e);
        }
    }

    /** A urlset's entries by loc; each has one lastmod, and alternates only with an x-default. */
    private static Map<String, Entry> urlset(Document document) {
        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("urlset");
        assertThat(root.getNamespaceURI()).isEqualTo(SitemapXml.SITEMAP_NS);
        List<Element> urls = children(root, "url");
        assertThat(urls).isNotEmpty().hasSizeLessThanOrEqualTo(50_000);
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Element url : urls) {
            String loc = text(url, "loc");
            assertThat(loc).startsWith(BASE + "/").contains("/entity/");
            Instant lastModified = OffsetDateTime.parse(text(url, "lastmod")).toInstant();
            Map<String, String> alternates = new LinkedHashMap<>();
            for (Node node = url.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element link && SitemapXml.XHTML_NS.equals(link.getNamespaceURI())) {
                    alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
                }
            }
            if (!alternates.isEmpty()) {
                assertThat(alternates).containsKey("x-default").containsValue(loc);
            }
            assertThat(entries.put(loc, new Entry(lastModified, alternates)))
                    .as("duplicate loc %s", loc)
                    .isNull();
        }
        return entries;
    }

    private static List<Element> children(Element parent, String name) {
        return SitemapElements.children(parent, name);
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("%s in %s", name, parent.getLocalName()).hasSize(1);
        return found.get(0).getTextContent();
    }
}
