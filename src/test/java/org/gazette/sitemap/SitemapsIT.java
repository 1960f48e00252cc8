package org.gazette.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestArticle;
import org.gazette.web.SiteLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The sitemap index, the monthly and page sitemaps and the news sitemap, checked against the structure
 * their schemas define (sitemap protocol 0.9, the xhtml alternate link, Google News sitemap 0.9): root
 * element and namespace, required children in each entry, W3C date-times, no more URLs than allowed.
 */
@GazetteIntegrationTest
class SitemapsIT {

    private static final String BASE = "http://localhost:8080";

    @LocalServerPort
    int port;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleRepository articles;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    private Article importStory(TestArticle story) throws IOException {
        importer.importLines(TestArticle.lines(story), new Quiet().stream());
        return articles.findByExternalId(story.id()).orElseThrow();
    }

    private Document xml(String path) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(path + " is not well-formed: " + e.getMessage(), e);
        }
    }

    @Test
    void robotsTxtNamesBothSitemaps() {
        HttpResponse<String> robots = site.get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        assertThat(robots.body().lines().toList())
                .contains(
                        "User-agent: *", "Sitemap: " + BASE + "/sitemap.xml", "Sitemap: " + BASE + "/news-sitemap.xml");
    }

    @Test
    void indexListsThePageSitemapAndAMonthlySitemapForEveryMonthWithStories() throws IOException {
        Article old = importStory(TestArticle.story("map").with("date", "2018-03-05T10:00:00Z"));
        Document index = xml("/sitemap.xml");
        Element root = index.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("sitemapindex");
        assertThat(root.getNamespaceURI()).isEqualTo(SitemapXml.SITEMAP_NS);
        List<String> locs = new ArrayList<>();
        for (Element sitemap : children(root, "sitemap")) {
            assertThat(children(sitemap, "loc")).hasSize(1);
            locs.add(text(sitemap, "loc"));
            for (Element lastmod : children(sitemap, "lastmod")) {
                w3c(lastmod.getTextContent());
            }
        }
        assertThat(locs)
                .contains(
                        BASE + "/sitemaps/pages.xml",
                        BASE + "/sitemaps/2024-09-1.xml",
                        BASE + "/sitemaps/2018-03-1.xml");
        assertThat(locs).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(50_000);

        for (String loc : locs) {
            urlset(xml(loc.substring(BASE.length())));
        }
        assertThat(urlset(xml("/sitemaps/2018-03-1.xml")).keySet())
                .contains(BASE + SiteLinks.article(old.lang(), old.slug()));
        assertThat(site.get("/sitemaps/2018-03-2.xml").statusCode()).isEqualTo(404);
        assertThat(site.get("/sitemaps/1900-01-1.xml").statusCode()).isEqualTo(404);
        assertThat(site.get("/sitemaps/2018-13-1.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void storiesToldInSeveralLanguagesListEachVersionAndAnXDefault() {
        Article reference = articles.findByExternalId("azertag-2024-09-16-blinken-aliyev-call")
                .orElseThrow();
        Map<String, Map<String, String>> urls = urlset(xml("/sitemaps/2024-09-1.xml"));
        Map<String, String> alternates = urls.get(BASE + SiteLinks.article(reference.lang(), reference.slug()));
        assertThat(alternates).containsOnlyKeys("en", "ru", "az", "x-default");
        assertThat(alternates.get("x-default")).isEqualTo(alternates.get("en"));
        assertThat(urls.keySet()).contains(alternates.get("ru"), alternates.get("az"));

        Map<String, Map<String, String>> pages = urlset(xml("/sitemaps/pages.xml"));
        assertThat(pages).containsKeys(BASE + "/en/", BASE + "/ru/", BASE + "/az/", BASE + "/ru/section/politics");
        assertThat(pages.get(BASE + "/az/section/sport")).containsEntry("x-default", BASE + "/en/section/sport");
    }

    @Test
    void newsSitemapHoldsTheLastTwoDaysInGoogleNewsFormat() throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Article fresh = importStory(TestArticle.story("news")
                .with("lang", "ru")
                .with("headline", "Свежая новость & <тест> " + System.nanoTime())
                .with("date", now.minus(1, ChronoUnit.HOURS).toString()));
        Article stale = importStory(TestArticle.story("news")
                .with("date", now.minus(3, ChronoUnit.DAYS).toString()));

        Document news = xml("/news-sitemap.xml");
        Element root = news.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("urlset");
        assertThat(root.getNamespaceURI()).isEqualTo(SitemapXml.SITEMAP_NS);
        List<Element> urls = children(root, "url");
        assertThat(urls).hasSizeLessThanOrEqualTo(1_000);
        Map<String, Element> byLoc = new LinkedHashMap<>();
        for (Element url : urls) {
            byLoc.put(text(url, "loc"), url);
            Element entry = only(url, SitemapXml.NEWS_NS, "news");
            Element publication = only(entry, SitemapXml.NEWS_NS, "publication");
            assertThat(only(publication, SitemapXml.NEWS_NS, "name").getTextContent())
                    .isEqualTo("Gazette");
            assertThat(only(publication, SitemapXml.NEWS_NS, "language").getTextContent())
                    .isIn("en", "ru", "az");
            OffsetDateTime published =
                    w3c(only(entry, SitemapXml.NEWS_NS, "publication_date").getTextContent());
            assertThat(published.toInstant())
                    .isAfterOrEqualTo(now.minus(48, ChronoUnit.HOURS).minusSeconds(60));
            assertThat(only(entry, SitemapXml.NEWS_NS, "title").getTextContent())
                    .isNotBlank();
        }
        Element freshEntry = byLoc.get(BASE + SiteLinks.article(fresh.lang(), fresh.slug()));
        assertThat(freshEntry).as("the story of an hour ago").isNotNull();
        assertThat(freshEntry
                        .getElementsByTagNameNS(SitemapXml.NEWS_NS, "title")
                        .item(0)
                        .getTextContent())
                .isEqualTo(fresh.headline());
        assertThat(freshEntry
                        .getElementsByTagNameNS(SitemapXml.NEWS_NS, "language")
                        .item(0)
                        .getTextContent())
                .isEqualTo("ru");
        assertThat(byLoc).doesNotContainKey(BASE + SiteLinks.article(stale.lang(), stale.slug()));
    }

    @Test
    void sitemapsAnswerConditionalRequestsWith304() {
        HttpResponse<String> first = site.get("/sitemap.xml");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = site.get("/sitemap.xml", Map.of("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    /** Checks a urlset's structure; returns each loc with its hreflang alternates. */
    private static Map<String, Map<String, String>> urlset(Document document) {
        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("urlset");
        assertThat(root.getNamespaceURI()).isEqualTo(SitemapXml.SITEMAP_NS);
        List<Element> urls = children(root, "url");
        assertThat(urls).isNotEmpty().hasSizeLessThanOrEqualTo(50_000);
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        for (Element url : urls) {
            String loc = text(url, "loc");
            assertThat(loc).startsWith(BASE + "/");
            for (Element lastmod : children(url, "lastmod")) {
                w3c(lastmod.getTextContent());
            }
            Map<String, String> alternates = new LinkedHashMap<>();
            Set<String> seen = new HashSet<>();
            for (Node node = url.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element link && SitemapXml.XHTML_NS.equals(link.getNamespaceURI())) {
                    assertThat(link.getLocalName()).isEqualTo("link");
                    assertThat(link.getAttribute("rel")).isEqualTo("alternate");
                    assertThat(seen.add(link.getAttribute("hreflang"))).isTrue();
                    alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
                }
            }
            if (!alternates.isEmpty()) {
                assertThat(alternates).containsKey("x-default");
                assertThat(alternates.values()).contains(loc);
            }
            assertThat(result.put(loc, alternates)).as("duplicate loc %s", loc).isNull();
        }
        return result;
    }

    private static List<Element> children(Element parent, String name) {
        return SitemapElements.children(parent, name);
    }

    private static Element only(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && namespace.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        assertThat(found).as("%s in %s", name, parent.getLocalName()).hasSize(1);
        return found.get(0);
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("%s in %s", name, parent.getLocalName()).hasSize(1);
        return found.get(0).getTextContent();
    }

    private static OffsetDateTime w3c(String value) {
        assertThat(value).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");
        return OffsetDateTime.parse(value);
    }
}
