package org.gazette.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazette.article.Article;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.article.BodyFormat;
import org.gazette.article.LeadImage;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.media.ImageLibrary;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestArticle;
import org.gazette.testing.TestImages;
import org.gazette.text.ControlCharacters;
import org.gazette.text.Language;
import org.gazette.text.Slug;
import org.gazette.web.SiteLinks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@GazetteIntegrationTest
class FeedsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleRepository articles;

    @Autowired
    ArticleStore store;

    @Autowired
    ImageLibrary images;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    private HttpResponse<String> get(String path, int expectedStatus) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(expectedStatus);
        return response;
    }

    private Article importStory(TestArticle story) throws IOException {
        importer.importLines(TestArticle.lines(story), new Quiet().stream());
        return articles.findByExternalId(story.id()).orElseThrow();
    }

    /** A tag of its own, so the feed under it holds exactly this test's stories. */
    private static String uniqueTag(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }

    private String tagPath(Article story) {
        return SiteLinks.tag(story.lang(), story.tags().get(0).slug());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/en/",
                "/ru/",
                "/az/",
                "/en/section/politics/",
                "/ru/section/society/",
                "/en/tag/libraries/",
                "/en/source/azertag/",
                "/az/source/caspian-wire/"
            })
    void everyFeedOfEveryScopeMeetsItsFormatsRules(String base) {
        HttpResponse<String> rss = get(base + "rss.xml", 200);
        assertThat(rss.headers().firstValue("Content-Type")).hasValue("application/rss+xml;charset=UTF-8");
        Channel channel = FeedChecks.rss(rss.body());
        assertThat(channel.getItems()).as("stories in %s", base).isNotEmpty();

        HttpResponse<String> atom = get(base + "atom.xml", 200);
        assertThat(atom.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
        List<String> atomIds = FeedChecks.ids(FeedChecks.atom(atom.body()));

        HttpResponse<String> json = get(base + "feed.json", 200);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/feed+json;charset=UTF-8");
        List<String> jsonIds = new ArrayList<>();
        FeedChecks.jsonFeed(json.body())
                .get("items")
                .forEach(item -> jsonIds.add(item.get("id").asString()));
        assertThat(atomIds).as("entries in %s", base).isNotEmpty();
        assertThat(jsonIds).as("items in %s", base).isNotEmpty();

        // one story, one id, whatever the format
        List<String> guids = channel.getItems().stream()
                .map(item -> item.getGuid().getValue())
                .toList();
        assertThat(atomIds).isEqualTo(guids);
        assertThat(jsonIds).isEqualTo(guids);
        assertThat(guids).allSatisfy(id -> assertThat(id).startsWith("tag:localhost,2024:article:"));
    }

    @Test
    void theWholeSitesFeedMixesLanguagesAndALanguageFeedDoesNot() {
        JsonNode site = FeedChecks.jsonFeed(get("/feed.json?limit=100", 200).body());
        List<String> languages = new ArrayList<>();
        assertThat(site.get("items")).as("items of the whole site's feed").isNotEmpty();
        site.get("items").forEach(item -> languages.add(item.get("language").asString()));
        assertThat(languages).contains("en", "ru", "az");
        assertThat(site.has("language")).isFalse();

        JsonNode russian =
                FeedChecks.jsonFeed(get("/ru/feed.json?limit=100", 200).body());
        assertThat(russian.get("language").asString()).isEqualTo("ru");
        assertThat(russian.get("items")).as("items of the Russian feed").isNotEmpty();
        russian.get("items")
                .forEach(item -> assertThat(item.get("language").asString()).isEqualTo("ru"));
    }

    @Test
    void itemsCarryTheFullStoryBylineSectionAndCreditedAgency() {
        Channel channel = FeedChecks.rss(get("/en/source/azertag/rss.xml", 200).body());
        Item reference = channel.getItems().stream()
                .filter(item -> item.getGuid().getValue().endsWith(":azertag-2024-09-16-blinken-aliyev-call"))
                .findFirst()
                .orElseThrow();
        assertThat(reference.getContent().getValue()).startsWith("<p>");
        assertThat(reference.getSource().getValue()).isEqualTo("Azertag");
        assertThat(reference.getSource().getUrl()).isEqualTo("https://azertag.az/en");
        assertThat(reference.getCategories()).extracting(c -> c.getValue()).contains("Politics");
        assertThat(reference.getLink()).startsWith("http://localhost:8080/en/news/");

        JsonNode json =
                FeedChecks.jsonFeed(get("/en/source/azertag/feed.json", 200).body());
        JsonNode item = json.get("items").get(0);
        assertThat(item.get("_gazette").get("source").get("name").asString()).isEqualTo("Azertag");
    }

    @Test
    void limitAsksForFewerStories() {
        assertThat(FeedChecks.rss(get("/en/rss.xml?limit=2", 200).body()).getItems())
                .hasSize(2);
        assertThat(FeedChecks.jsonFeed(get("/feed.json?limit=1", 200).body()).get("items"))
                .hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en/rss.xml?limit=0",
                "/en/atom.xml?limit=101",
                "/feed.json?limit=abc",
                "/en/section/politics/rss.xml?limit=-5"
            })
    void limitOutOfRangeIsA400ProblemNamingTheParameter(String path) {
        HttpResponse<String> response = site.get(path, Map.of("Accept", "application/rss+xml"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("parameter").asString()).isEqualTo("limit");
        assertThat(problem.get("detail").asString())
                .startsWith("parameter 'limit' must be an integer from 1 to 100, got '");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en/section/no-such-section/rss.xml",
                "/en/tag/no-such-tag-anywhere/atom.xml",
                "/ru/source/no-such-agency/feed.json",
                "/fr/rss.xml",
                "/fr/section/politics/atom.xml"
            })
    void unknownSectionTagSourceOrLanguageIsA404Problem(String path) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("detail").asString()).isNotBlank();
    }

    @Test
    void conditionalGetAnswers304UntilTheFeedChanges() throws IOException {
        Article first = importStory(TestArticle.story("cond").with("tags", List.of(uniqueTag("Conditional"))));
        String path = tagPath(first) + "/atom.xml";
        HttpResponse<String> full = get(path, 200);
        String etag = full.headers().firstValue("ETag").orElseThrow();
        String lastModified = full.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(etag)
                .as("strong from the page cache, weak when rendered for each request")
                .matches("(W/)?\".+\"");
        assertThat(FeedChecks.atom(full.body()).getEntries())
                .as("the tag's one story")
                .hasSize(1);

        HttpResponse<String> byTag = site.get(path, Map.of("If-None-Match", etag));
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
        assertThat(site.get(path, Map.of("If-Modified-Since", lastModified)).statusCode())
                .isEqualTo(304);

        importStory(TestArticle.story("cond")
                .with("tags", List.of(first.tags().get(0).name()))
                .with("date", "2024-09-17T10:00:00Z"));
        HttpResponse<String> changed = site.get(path, Map.of("If-None-Match", etag));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(FeedChecks.atom(changed.body()).getEntries()).hasSize(2);
    }

    @Test
    void idsStayTheSameWhenAStoryIsEditedAndWhenItGetsANewSlug() throws IOException {
        TestArticle story = TestArticle.story("stable").with("tags", List.of(uniqueTag("Stable")));
        Article original = importStory(story);
        String base = tagPath(original) + "/";
        String rssGuid = FeedChecks.rss(get(base + "rss.xml", 200).body())
                .getItems()
                .get(0)
                .getGuid()
                .getValue();
        String atomId = FeedChecks.ids(
                        FeedChecks.atom(get(base + "atom.xml", 200).body()))
                .get(0);
        String jsonId = FeedChecks.jsonFeed(get(base + "feed.json", 200).body())
                .get("items")
                .get(0)
                .get("id")
                .asString();
        assertThat(rssGuid).isEqualTo(atomId).isEqualTo(jsonId).isEqualTo("tag:localhost,2024:article:" + story.id());

        importStory(story.with("headline", "A new headline " + story.id()).with("updated", "2024-09-16T12:00:00Z"));
        Item edited =
                FeedChecks.rss(get(base + "rss.xml", 200).body()).getItems().get(0);
        assertThat(edited.getTitle()).isEqualTo("A new headline " + story.id());
        assertThat(edited.getGuid().getValue()).isEqualTo(rssGuid);

        store.changeSlug(original.id(), new Slug("renamed-" + original.id()));
        Item moved =
                FeedChecks.rss(get(base + "rss.xml", 200).body()).getItems().get(0);
        assertThat(moved.getLink()).endsWith("/en/news/renamed-" + original.id());
        assertThat(moved.getGuid().getValue()).isEqualTo(rssGuid);
        assertThat(FeedChecks.ids(FeedChecks.atom(get(base + "atom.xml", 200).body())))
                .containsExactly(atomId);
        assertThat(FeedChecks.jsonFeed(get(base + "feed.json", 200).body())
                        .get("items")
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo(jsonId);
    }

    @Test
    void hostileTextKeepsEveryFeedWellFormed() {
        String hostile = "Bad\u0001\u000B\u001F text ]]> </script><script>alert(1)</script> & <![CDATA[x]]> \uFFFE";
        String tag = uniqueTag("Hostile");
        String id = "hostile-" + Long.toString(System.nanoTime(), 36);
        // dated long ago and in no section, so it stays off the pages other tests check for valid HTML
        store.save(new ArticleInput(
                id,
                hostile,
                hostile,
                Instant.parse("1999-01-01T10:00:00Z"),
                null,
                "<p>" + hostile.replace("<", "&lt;") + "</p>",
                BodyFormat.HTML,
                Language.of("en"),
                null,
                List.of(tag, hostile),
                List.of(hostile),
                hostile,
                "https://agency.example/x?a=1&b=2",
                null,
                ArticleStatus.PUBLISHED));
        Article saved = articles.findByExternalId(id).orElseThrow();
        String base = tagPath(saved) + "/";

        Item item = FeedChecks.rss(get(base + "rss.xml", 200).body()).getItems().get(0);
        // forbidden characters are gone, everything else arrives as written
        assertThat(item.getTitle()).isEqualTo("Bad text ]]> </script><script>alert(1)</script> & <![CDATA[x]]>");
        assertThat(item.getSource().getUrl()).isEqualTo("https://agency.example/x?a=1&b=2");
        var entry =
                FeedChecks.atom(get(base + "atom.xml", 200).body()).getEntries().get(0);
        assertThat(entry.getTitle()).isEqualTo(item.getTitle());
        JsonNode json = FeedChecks.jsonFeed(get(base + "feed.json", 200).body());
        // control characters never reach storage (ArticleInput strips them), so JSON carries the clean text
        assertThat(json.get("items").get(0).get("title").asString()).isEqualTo(ControlCharacters.strip(hostile));
        // so do the feeds of its source, whose name is just as hostile
        String source = SiteLinks.source(saved.lang(), saved.source().slug()) + "/";
        assertThat(FeedChecks.rss(get(source + "rss.xml", 200).body()).getItems())
                .hasSize(1);
        assertThat(FeedChecks.atom(get(source + "atom.xml", 200).body()).getEntries())
                .hasSize(1);
    }

    @Test
    void aLeadImageTravelsInEveryFormatWithItsServedSizeAndAStoryWithoutOneCarriesNone() {
        String tag = uniqueTag("Pictured");
        LeadImage image = TestImages.upload(images, "Ferry leaving the harbour at dawn");
        Article pictured = TestImages.illustratedStory(store, articles, image, tag);
        Article plain = TestImages.illustratedStory(store, articles, null, tag);
        String base = tagPath(pictured) + "/";
        String file = "/media/" + image.id() + "-1600.jpg";
        String url = "http://localhost:8080" + file;
        HttpResponse<String> served = get(file, 200);
        long bytes = served.headers().firstValueAsLong("Content-Length").orElseThrow();
        assertThat(bytes).isPositive();
        String pictureId = "tag:localhost,2024:article:" + pictured.externalId();
        String plainId = "tag:localhost,2024:article:" + plain.externalId();

        String rssXml = get(base + "rss.xml", 200).body();
        Channel channel = FeedChecks.rss(rssXml);
        Item rssPictured = channel.getItems().stream()
                .filter(i -> i.getGuid().getValue().equals(pictureId))
                .findFirst()
                .orElseThrow();
        assertThat(rssPictured.getEnclosures()).singleElement().satisfies(e -> {
            assertThat(e.getUrl()).isEqualTo(url);
            assertThat(e.getType()).isEqualTo("image/jpeg");
            assertThat(e.getLength()).isEqualTo(bytes);
        });
        assertThat(channel.getItems().stream()
                        .filter(i -> i.getGuid().getValue().equals(plainId))
                        .findFirst()
                        .orElseThrow()
                        .getEnclosures())
                .isEmpty();
        org.w3c.dom.NodeList media =
                FeedChecks.wellFormed(rssXml).getElementsByTagNameNS("http://search.yahoo.com/mrss/", "content");
        assertThat(media.getLength()).isEqualTo(1);
        org.w3c.dom.Element content = (org.w3c.dom.Element) media.item(0);
        assertThat(content.getAttribute("url")).isEqualTo(url);
        assertThat(content.getAttribute("medium")).isEqualTo("image");
        assertThat(content.getAttribute("width")).isEqualTo("1600");
        assertThat(content.getAttribute("height")).isEqualTo("1067");
        assertThat(content.getElementsByTagNameNS("http://search.yahoo.com/mrss/", "description")
                        .item(0)
                        .getTextContent())
                .isEqualTo("Ferry leaving the harbour at dawn");

        com.rometools.rome.feed.atom.Feed atom =
                FeedChecks.atom(get(base + "atom.xml", 200).body());
        Entry atomPictured = atom.getEntries().stream()
                .filter(e -> e.getId().equals(pictureId))
                .findFirst()
                .orElseThrow();
        Link enclosure = atomPictured.getOtherLinks().stream()
                .filter(l -> "enclosure".equals(l.getRel()))
                .findFirst()
                .orElseThrow();
        assertThat(enclosure.getHref()).isEqualTo(url);
        assertThat(enclosure.getType()).isEqualTo("image/jpeg");
        assertThat(enclosure.getLength()).isEqualTo(bytes);
        assertThat(atom.getEntries().stream()
                        .filter(e -> e.getId().equals(plainId))
                        .findFirst()
                        .orElseThrow()
                        .getOtherLinks())
                .noneMatch(l -> "enclosure".equals(l.getRel()));

        JsonNode json = FeedChecks.jsonFeed(get(base + "feed.json", 200).body());
        JsonNode jsonPictured = null;
        JsonNode jsonPlain = null;
        for (JsonNode item : json.get("items")) {
            if (item.get("id").asString().equals(pictureId)) {
                jsonPictured = item;
            } else if (item.get("id").asString().equals(plainId)) {
                jsonPlain = item;
            }
        }
        assertThat(jsonPictured.get("image").asString()).isEqualTo(url);
        JsonNode attachment = jsonPictured.get("attachments").get(0);
        assertThat(attachment.get("url").asString()).isEqualTo(url);
        assertThat(attachment.get("mime_type").asString()).isEqualTo("image/jpeg");
        assertThat(attachment.get("size_in_bytes").asLong()).isEqualTo(bytes);
        assertThat(jsonPlain.has("image")).isFalse();
        assertThat(jsonPlain.has("attachments")).isFalse();
    }

    @Test
    void pagesLinkToTheirOwnFeeds() throws IOException {
        assertThat(alternates("/en/")).containsExactly("/en/rss.xml", "/en/atom.xml", "/en/feed.json");
        assertThat(alternates("/ru/section/politics"))
                .containsExactly(
                        "/ru/section/politics/rss.xml",
                        "/ru/section/politics/atom.xml",
                        "/ru/section/politics/feed.json");
        assertThat(alternates("/en/tag/libraries"))
                .containsExactly(
                        "/en/tag/libraries/rss.xml", "/en/tag/libraries/atom.xml", "/en/tag/libraries/feed.json");
        assertThat(alternates("/en/source/azertag"))
                .containsExactly(
                        "/en/source/azertag/rss.xml", "/en/source/azertag/atom.xml", "/en/source/azertag/feed.json");
        Document home = Jsoup.parse(get("/en/", 200).body());
        assertThat(home.select("link[rel=alternate][type=application/atom+xml]").attr("title"))
                .contains("(Atom)");
        List<String> sport = alternates("/az/section/sport");
        assertThat(sport).hasSize(3);
        assertThat(FeedChecks.rss(get(sport.get(0), 200).body()).getItems())
                .as(sport.get(0))
                .isNotEmpty();
        assertThat(FeedChecks.atom(get(sport.get(1), 200).body()).getEntries())
                .as(sport.get(1))
                .isNotEmpty();
        assertThat(FeedChecks.jsonFeed(get(sport.get(2), 200).body()).get("items"))
                .as(sport.get(2))
                .isNotEmpty();
    }

    private List<String> alternates(String page) {
        Document document = Jsoup.parse(get(page, 200).body());
        return document.select("link[rel=alternate][type~=^application/(rss\\+xml|atom\\+xml|feed\\+json)$]")
                .eachAttr("href");
    }
}
