package org.gazette.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazette.article.Actor;
import org.gazette.article.ArticleStore;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published story whose headline, tag, byline and credited agency carry what breaks formats
 * ({@code </script>}, {@code ]]>}, line and paragraph separators, markup), and, as an older version
 * could have stored them, control characters, U+FFFE and an agency address holding U+FFFE: every
 * output that names them (feeds of each format, the article API and its ninjs, the page's JSON-LD and
 * Open Graph tags, the news and monthly sitemaps) answers, parses, and keeps the text as text.
 */
@GazetteIntegrationTest
class HostileNamesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HOSTILE = "</script><script>alert(1)</script> ]]> <!-- \u2028\u2029 & \"q\"";
    /** What input never lets in, but an older version may have stored. PostgreSQL stores neither NUL nor lone surrogates. */
    private static final String STORED = "\u0001\u0008\uFFFE";

    @LocalServerPort
    int port;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ArticleStore store;

    /** The story this test made, deleted afterwards: its stored names would spoil other tests' pages. */
    private Long storyId;

    @AfterEach
    void deleteTheStory() {
        if (storyId != null) {
            store.delete(storyId, Actor.system("hostile names test"));
        }
        for (String table : List.of("tags", "authors", "sources")) {
            jdbc.sql("update " + table + " set name = replace(name, :bad, '') where name like :name")
                    .param("bad", STORED)
                    .param("name", "%" + STORED)
                    .update();
        }
        jdbc.sql("update sources set homepage = null where homepage = :home")
                .param("home", "https://agency.example\u0001")
                .update();
    }

    @Test
    void everyOutputNamingTheStoryParsesAndKeepsTheNamesAsText() throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        TestArticle story = TestArticle.story("hostile-names")
                .with("headline", "Headline " + unique + " " + HOSTILE)
                .with("dek", "Dek " + HOSTILE)
                .with(
                        "date",
                        clock.instant()
                                .minus(Duration.ofHours(1))
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString())
                .with("tags", List.of("Tag " + unique + " " + HOSTILE))
                .with("authors", List.of("Writer " + unique + " " + HOSTILE))
                .with("source", "Agency " + unique + " " + HOSTILE)
                .with("source_url", "https://agency.example/story-" + unique);
        importer.importLines(TestArticle.lines(story), new Quiet().stream());
        long id = jdbc.sql("select id from articles where external_id = :id")
                .param("id", story.id())
                .query(Long.class)
                .single();
        storyId = id;
        // as an older version could have stored them
        jdbc.sql("update articles set source_url = :url, headline = headline || :bad where id = :id")
                .param("url", "https://agency.example/story-" + unique + "\uFFFE")
                .param("bad", STORED)
                .param("id", id)
                .update();
        jdbc.sql("update tags set name = name || :bad where name like :name")
                .param("bad", STORED)
                .param("name", "Tag " + unique + "%")
                .update();
        jdbc.sql("update authors set name = name || :bad where name like :name")
                .param("bad", STORED)
                .param("name", "Writer " + unique + "%")
                .update();
        jdbc.sql("update sources set name = name || :bad, homepage = :home where name like :name")
                .param("bad", STORED)
                .param("home", "https://agency.example\u0001")
                .param("name", "Agency " + unique + "%")
                .update();
        Map<String, Object> row = jdbc.sql(
                        """
                        select a.slug as article, t.slug as tag, s.slug as source from articles a
                        join article_tags x on x.article_id = a.id join tags t on t.id = x.tag_id
                        join sources s on s.id = a.source_id where a.id = :id""")
                .param("id", id)
                .query()
                .singleRow();
        SiteClient site = new SiteClient(port);

        for (String scope : List.of("/en/tag/" + row.get("tag") + "/", "/en/source/" + row.get("source") + "/")) {
            String rss = ok(site, scope + "rss.xml");
            FeedChecks.rss(rss);
            assertThat(rss)
                    .contains("Tag " + unique)
                    .contains("Writer " + unique)
                    .contains("Agency " + unique);
            String atom = ok(site, scope + "atom.xml");
            FeedChecks.atom(atom);
            assertThat(atom).contains("https://agency.example/story-" + unique);
            JsonNode json = FeedChecks.jsonFeed(ok(site, scope + "feed.json"));
            JsonNode item = json.get("items").get(0);
            // every feed format loses what XML cannot carry, JSON Feed included
            assertThat(item.get("title").asString()).isEqualTo("Headline " + unique + " " + HOSTILE);
            // term names collapse line separators into spaces (TermName); the rest is kept as text
            assertThat(item.get("tags").get(0).asString())
                    .startsWith("Tag " + unique + " </script><script>alert(1)</script> ]]> <!--")
                    .doesNotContain("\u0001", "\uFFFE");
        }

        JsonNode api = JSON.readTree(ok(site, "/api/v1/articles/" + story.id()));
        assertThat(api.toString()).contains("Tag " + unique);
        JsonNode ninjs = JSON.readTree(ok(site, "/api/v1/articles/" + story.id() + ".ninjs"));
        // JSON can carry what XML cannot: escaped, as stored
        assertThat(ninjs.get("headlines").get(0).get("value").asString())
                .isEqualTo("Headline " + unique + " " + HOSTILE + STORED);

        String html = ok(site, "/en/news/" + row.get("article"));
        // HTML forbids these code points: the page leaves them out, as the feeds do
        assertThat(html).contains("Headline " + unique).doesNotContain("\u0001", "\u0008", "\uFFFE");
        assertThat(ok(site, "/en/tag/" + row.get("tag")))
                .contains("Tag " + unique)
                .doesNotContain("\u0001", "\uFFFE");
        Document page = Jsoup.parse(html);
        List<Element> data = page.select("script[type=application/ld+json]");
        assertThat(data).isNotEmpty();
        assertThat(page.select("script:not([type=application/ld+json])"))
                .allSatisfy(script -> assertThat(script.attr("src")).isNotBlank());
        boolean named = false;
        for (Element script : data) {
            JsonNode graph = JSON.readTree(script.data());
            named |= graph.toString().contains("Writer " + unique);
            if (graph.has("headline")) {
                assertThat(graph.get("headline").asString()).startsWith("Headline " + unique + " " + HOSTILE);
            }
        }
        assertThat(named).as("the byline is in the JSON-LD").isTrue();
        assertThat(page.select("meta[property=og:title]").attr("content"))
                .startsWith("Headline " + unique + " " + HOSTILE);

        String news = ok(site, "/news-sitemap.xml");
        FeedChecks.wellFormed(news);
        assertThat(news).contains("Headline " + unique);
        String index = ok(site, "/sitemap.xml");
        FeedChecks.wellFormed(index);
        for (String loc : index.split("<loc>")) {
            if (loc.contains("</loc>")) {
                String path = loc.substring(0, loc.indexOf("</loc>")).replaceFirst("^https?://[^/]+", "");
                FeedChecks.wellFormed(ok(site, path));
            }
        }
    }

    private static String ok(SiteClient site, String path) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }
}
