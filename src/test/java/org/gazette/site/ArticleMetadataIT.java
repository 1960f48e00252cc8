package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStore;
import org.gazette.article.LeadImage;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.media.ImageLibrary;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestArticle;
import org.gazette.testing.TestImages;
import org.gazette.web.SiteLinks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What story, front and section pages tell search engines and social networks in their heads. */
@GazetteIntegrationTest
class ArticleMetadataIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BASE = "http://localhost:8080";

    @LocalServerPort
    int port;

    @Autowired
    ArticleRepository articles;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ImageLibrary images;

    @Autowired
    ArticleStore store;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    private Document page(String path) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
        return Jsoup.parse(response.body(), site.base() + path);
    }

    /** Every JSON-LD block of the page, parsed; a block that is not JSON fails the test. */
    private static List<JsonNode> jsonLd(Document page) {
        List<JsonNode> blocks = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            blocks.add(JSON.readTree(script.data()));
        }
        return blocks;
    }

    private static JsonNode ofType(List<JsonNode> blocks, String type) {
        return blocks.stream()
                .filter(block -> type.equals(block.path("@type").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + blocks));
    }

    private static String meta(Document page, String key) {
        Element element = page.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        assertThat(element).as("meta %s", key).isNotNull();
        return element.attr("content");
    }

    @Test
    void storyPageHasCanonicalHreflangWithXDefaultOpenGraphAndTwitterCard() {
        Article reference = articles.findByExternalId("azertag-2024-09-16-blinken-aliyev-call")
                .orElseThrow();
        String canonical = BASE + SiteLinks.article(reference.lang(), reference.slug());
        Document page = page(SiteLinks.article(reference.lang(), reference.slug()));
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(canonical);
        assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .containsExactly("en", "ru", "az", "x-default");
        assertThat(page.select("link[hreflang=x-default]").attr("href")).isEqualTo(canonical);
        assertThat(page.select("link[hreflang=en]").attr("href")).isEqualTo(canonical);

        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:title")).isEqualTo(reference.headline());
        assertThat(meta(page, "og:url")).isEqualTo(canonical);
        assertThat(meta(page, "og:site_name")).isEqualTo("Gazette");
        assertThat(meta(page, "og:description")).isNotBlank();
        assertThat(meta(page, "article:section")).isEqualTo("Politics");
        OffsetDateTime.parse(meta(page, "article:published_time"));
        assertThat(meta(page, "twitter:card")).isEqualTo("summary");
        assertThat(meta(page, "twitter:title")).isEqualTo(reference.headline());

        // a translation names the English version as x-default too
        Document russian = page(page.select("link[hreflang=ru]").attr("href").substring(BASE.length()));
        assertThat(russian.select("link[hreflang=x-default]").attr("href")).isEqualTo(canonical);
    }

    @Test
    void storyPageDescribesItselfAsANewsArticleWithBreadcrumbs() {
        Article reference = articles.findByExternalId("azertag-2024-09-16-blinken-aliyev-call")
                .orElseThrow();
        String canonical = BASE + SiteLinks.article(reference.lang(), reference.slug());
        List<JsonNode> blocks = jsonLd(page(SiteLinks.article(reference.lang(), reference.slug())));
        JsonNode article = ofType(blocks, "NewsArticle");
        assertThat(article.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(article.get("headline").asString()).isEqualTo(reference.headline());
        assertThat(article.get("url").asString()).isEqualTo(canonical);
        assertThat(article.get("mainEntityOfPage").get("@id").asString()).isEqualTo(canonical);
        assertThat(OffsetDateTime.parse(article.get("datePublished").asString()).toInstant())
                .isEqualTo(reference.publishedAt());
        OffsetDateTime.parse(article.get("dateModified").asString());
        assertThat(article.get("author").isArray()).isTrue();
        assertThat(article.get("author").get(0).get("name").asString()).isNotBlank();
        JsonNode publisher = article.get("publisher");
        assertThat(publisher.get("@type").asString()).isEqualTo("Organization");
        assertThat(publisher.get("name").asString()).isEqualTo("Gazette");
        assertThat(publisher.get("logo").get("url").asString()).isEqualTo(BASE + "/assets/logo.png");
        assertThat(article.get("articleSection").asString()).isEqualTo("Politics");
        assertThat(article.get("inLanguage").asString()).isEqualTo("en");
        assertThat(article.get("sourceOrganization").get("name").asString()).isEqualTo("Azertag");
        assertThat(article.get("isBasedOn").asString()).isEqualTo(reference.sourceUrl());

        JsonNode breadcrumbs = ofType(blocks, "BreadcrumbList");
        List<String> names = new ArrayList<>();
        breadcrumbs
                .get("itemListElement")
                .forEach(item -> names.add(item.get("name").asString()));
        assertThat(names).containsExactly("Gazette", "Politics", reference.headline());
        assertThat(breadcrumbs.get("itemListElement").get(2).get("item").asString())
                .isEqualTo(canonical);
        assertThat(breadcrumbs.get("itemListElement").get(0).get("position").asInt())
                .isEqualTo(1);

        assertThat(site.get("/assets/logo.png").statusCode()).isEqualTo(200);
    }

    @Test
    void storyWithALeadImageShowsItInOpenGraphTwitterJsonLdAndInListsWithResponsiveSources() {
        LeadImage image = TestImages.upload(images, "Fishing boats at the quay");
        String tag = "Quay pictures " + System.nanoTime();
        Article story = TestImages.illustratedStory(store, articles, image, tag);
        String url = BASE + "/media/" + image.id() + "-1600.jpg";
        Document page = page(SiteLinks.article(story.lang(), story.slug()));
        assertThat(meta(page, "og:image")).isEqualTo(url);
        assertThat(meta(page, "og:image:width")).isEqualTo("1600");
        assertThat(meta(page, "og:image:height")).isEqualTo("1067");
        assertThat(meta(page, "og:image:alt")).isEqualTo("Fishing boats at the quay");
        assertThat(meta(page, "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(page, "twitter:image")).isEqualTo(url);
        JsonNode picture = ofType(jsonLd(page), "NewsArticle").get("image").get(0);
        assertThat(picture.get("@type").asString()).isEqualTo("ImageObject");
        assertThat(picture.get("url").asString()).isEqualTo(url);
        assertThat(picture.get("width").asInt()).isEqualTo(1600);
        assertThat(picture.get("height").asInt()).isEqualTo(1067);
        assertThat(page.select(".story__image img").attr("srcset")).contains(image.id() + "-320.jpg 320w");

        Element card =
                page(SiteLinks.tag(story.lang(), story.tags().get(0).slug())).selectFirst("img.card__image");
        assertThat(card).isNotNull();
        assertThat(card.attr("alt")).isEqualTo("Fishing boats at the quay");
        assertThat(card.attr("srcset")).isEqualTo(image.srcset());
        assertThat(card.attr("sizes")).isNotBlank();
        assertThat(card.attr("loading")).isEqualTo("lazy");
        assertThat(card.attr("width")).isEqualTo("1800");
        assertThat(card.attr("height")).isEqualTo("1200");
    }

    @Test
    void storyWithoutAnImageHasNoImageMetadata() {
        Article story = TestImages.illustratedStory(store, articles, null, "Bare " + System.nanoTime());
        Document page = page(SiteLinks.article(story.lang(), story.slug()));
        assertThat(page.select("meta[property=og:image]")).isEmpty();
        assertThat(meta(page, "twitter:card")).isEqualTo("summary");
        assertThat(ofType(jsonLd(page), "NewsArticle").has("image")).isFalse();
        assertThat(page.select(".story__image")).isEmpty();
    }

    @Test
    void hostileTextCannotBreakOutOfTheJsonLdScript() throws IOException {
        String hostile = "</script><script>alert('x')</script><!-- ]]> & \u2028";
        TestArticle story = TestArticle.story("ld")
                .with("headline", hostile + " headline")
                .with("dek", hostile)
                .with("tags", List.of(hostile))
                .with("source", "Agency </script>");
        importer.importLines(TestArticle.lines(story), new Quiet().stream());
        Article saved = articles.findByExternalId(story.id()).orElseThrow();
        String html = site.get(SiteLinks.article(saved.lang(), saved.slug())).body();
        Document page = Jsoup.parse(html);
        assertThat(page.select("script"))
                .allSatisfy(script -> assertThat(script.attr("src").isEmpty() ? script.attr("type") : "external")
                        .isIn("application/ld+json", "external"));
        for (Element script : page.select("script[type=application/ld+json]")) {
            assertThat(script.data()).doesNotContain("<", ">");
        }
        JsonNode article = ofType(jsonLd(page), "NewsArticle");
        assertThat(article.get("headline").asString()).isEqualTo(saved.headline());
        assertThat(article.get("description").asString()).isEqualTo(saved.dek()).startsWith("</script><script>");
        assertThat(article.get("sourceOrganization").get("name").asString()).isEqualTo("Agency </script>");
    }

    @Test
    void frontAndSectionPagesDescribeTheSiteWithASearchAction() {
        for (String path : List.of("/en/", "/az/section/politics")) {
            List<JsonNode> blocks = jsonLd(page(path));
            JsonNode graph = blocks.stream()
                    .filter(block -> block.has("@graph"))
                    .findFirst()
                    .orElseThrow();
            JsonNode website = null;
            JsonNode organization = null;
            for (JsonNode node : graph.get("@graph")) {
                if ("WebSite".equals(node.get("@type").asString())) {
                    website = node;
                } else if ("Organization".equals(node.get("@type").asString())) {
                    organization = node;
                }
            }
            assertThat(website).as("WebSite on %s", path).isNotNull();
            assertThat(organization).as("Organization on %s", path).isNotNull();
            String lang = path.substring(1, 3);
            JsonNode action = website.get("potentialAction");
            assertThat(action.get("@type").asString()).isEqualTo("SearchAction");
            assertThat(action.get("target").get("urlTemplate").asString())
                    .isEqualTo(BASE + "/" + lang + "/search?q={search_term_string}");
            assertThat(action.get("query-input").asString()).isEqualTo("required name=search_term_string");
            assertThat(website.get("publisher").get("@id").asString())
                    .isEqualTo(organization.get("@id").asString());
            assertThat(organization.get("logo").get("url").asString()).isEqualTo(BASE + "/assets/logo.png");
        }
        JsonNode breadcrumbs = ofType(jsonLd(page("/az/section/politics")), "BreadcrumbList");
        assertThat(breadcrumbs.get("itemListElement")).hasSize(2);
    }
}
