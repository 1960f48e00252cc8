package org.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.gazette.account.Accounts;
import org.gazette.account.Role;
import org.gazette.account.UserAccount;
import org.gazette.article.Actor;
import org.gazette.article.Article;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.article.BodyFormat;
import org.gazette.taxonomy.TermName;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.NewsroomClient;
import org.gazette.testing.SiteClient;
import org.gazette.testing.Staff;
import org.gazette.testing.XssVectors;
import org.gazette.text.Language;
import org.gazette.web.SiteLinks;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every shared XSS vector as headline, dek, body (in each format), tag, source name and image alt
 * text: the public page, the newsroom editor and the preview all render it inert.
 */
@GazetteIntegrationTest
class XssRenderingIT {

    @LocalServerPort
    int port;

    @Autowired
    ArticleStore store;

    @Autowired
    ArticleRepository articles;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyVectorIsInertOnThePublicPageInTheNewsroomAndInThePreview() {
        List<XssVectors.Vector> vectors = XssVectors.all();
        UserAccount editor = Staff.create(accounts, Role.EDITOR);
        NewsroomClient newsroom = new NewsroomClient(port).signedIn(editor.email(), Staff.PASSWORD);
        SiteClient site = new SiteClient(port);
        BodyFormat[] formats = BodyFormat.values();
        int checked = 0;
        for (int i = 0; i < vectors.size(); i++) {
            XssVectors.Vector vector = vectors.get(i);
            Article article = articles.findById(save(vector, i, formats[i % formats.length]))
                    .orElseThrow();
            String where = vector.id();
            HttpResponse<String> page = site.get(SiteLinks.article(article.lang(), article.slug()));
            assertThat(page.statusCode()).as(where).isEqualTo(200);
            XssVectors.assertInert("public page, " + where, Jsoup.parse(page.body()));
            XssVectors.assertInert(
                    "newsroom, " + where,
                    Jsoup.parse(
                            newsroom.get("/newsroom/articles/" + article.id()).body()));
            XssVectors.assertInert(
                    "preview, " + where,
                    Jsoup.parse(newsroom.get("/newsroom/articles/" + article.id() + "/preview")
                            .body()));
            checked++;
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(newsroom.get("/newsroom/articles?q=xss").statusCode()).isEqualTo(200);
    }

    private long save(XssVectors.Vector vector, int n, BodyFormat format) {
        String payload = vector.payload();
        long image = jdbc.sql(
                        """
                        insert into images (sha256, media_type, width, height, alt, caption, credit, widths, created_at)
                        values (:sha, 'image/jpeg', 800, 600, :alt, :alt, :alt, '320,640', 0) returning id""")
                .param("sha", "xss-" + vector.id() + "-" + System.nanoTime())
                .param("alt", "alt " + payload)
                .query(Long.class)
                .single();
        String term = termOrNull(payload);
        ArticleInput input = new ArticleInput(
                "xss-" + vector.id() + "-" + n + "-" + System.nanoTime(),
                cut("xss " + payload, 500),
                cut(payload, 2000),
                Instant.parse("2024-09-16T10:00:00Z"),
                null,
                payload.isBlank() ? "blank" : payload,
                format,
                Language.of("en"),
                "politics",
                term == null ? List.of() : List.of(term),
                List.of(),
                term,
                null,
                null,
                ArticleStatus.PUBLISHED);
        return store.create(input, image, Actor.system("xss test")).articleId();
    }

    private static String termOrNull(String payload) {
        try {
            return TermName.of(cut(payload, TermName.MAX_LENGTH)).display();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
