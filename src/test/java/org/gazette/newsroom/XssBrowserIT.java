package org.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.gazette.article.Actor;
import org.gazette.article.Article;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.article.BodyFormat;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.HeadlessChromium;
import org.gazette.testing.XssVectors;
import org.gazette.text.Language;
import org.gazette.web.SiteLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real browser opens pages built from a sample of the XSS vectors: no dialog ever opens. */
@GazetteIntegrationTest
@ExtendWith(HeadlessChromium.class)
class XssBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    ArticleStore store;

    @Autowired
    ArticleRepository articles;

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void noDialogOpensOnPagesMadeOfAttackVectors() {
        List<XssVectors.Vector> all = XssVectors.all();
        browser = HeadlessChromium.start(1024, 768);
        int step = Math.max(1, all.size() / 40);
        int opened = 0;
        for (int i = 0; i < all.size(); i += step) {
            XssVectors.Vector vector = all.get(i);
            String payload = vector.payload();
            ArticleInput input = new ArticleInput(
                    "xss-browser-" + i + "-" + System.nanoTime(),
                    "xss " + payload.substring(0, Math.min(400, payload.length())),
                    payload.substring(0, Math.min(1000, payload.length())),
                    Instant.parse("2024-09-16T10:00:00Z"),
                    null,
                    payload.isBlank() ? "blank" : payload,
                    BodyFormat.values()[i % 3],
                    Language.of("en"),
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    ArticleStatus.PUBLISHED);
            Article article = articles.findById(
                            store.create(input, null, Actor.system("xss test")).articleId())
                    .orElseThrow();
            browser.get("http://localhost:" + port + SiteLinks.article(article.lang(), article.slug()));
            try {
                String text = browser.switchTo().alert().getText();
                throw new AssertionError("a dialog opened for " + vector.id() + ": " + text);
            } catch (NoAlertPresentException expected) {
                opened++;
            }
        }
        assertThat(opened).isGreaterThanOrEqualTo(30);
    }
}
