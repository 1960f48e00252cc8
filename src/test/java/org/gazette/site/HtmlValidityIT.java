package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nu.validator.client.EmbeddedValidator;
import org.gazette.article.ArticleRepository;
import org.gazette.testing.EntityRows;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.SiteClient;
import org.gazette.text.Language;
import org.gazette.web.SiteLinks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reader pages are valid HTML5, as the W3C Nu HTML Checker sees them: no errors, no warnings. */
@GazetteIntegrationTest
class HtmlValidityIT {

    @LocalServerPort
    int port;

    @Autowired
    ArticleRepository articles;

    @Autowired
    JdbcClient jdbc;

    /**
     * The page of an entity the reference story names, with an event on its timeline: written into the V9
     * tables as the tagger and the event extractor write them.
     */
    private String entityPage(Language lang) {
        String slug = "checked-" + UUID.randomUUID().toString().substring(0, 8);
        EntityRows rows = new EntityRows(jdbc);
        long entity = rows.entity(slug, "PER", Map.of("en", "Ilham Aliyev", "ru", "Ильхам Алиев"));
        String id = "azertag-2024-09-16-blinken-aliyev-call" + ("en".equals(lang.code()) ? "" : "-" + lang.code());
        long article = articles.findByExternalId(id).orElseThrow().id();
        rows.names(article, entity, 3, 0);
        rows.event(
                article,
                lang.code(),
                "CALL",
                "2024-09-16",
                "A checked sentence <about> a call & more.",
                List.of(new EntityRows.Actor("partner", "Ilham Aliyev", "President", "Azerbaijan", entity)),
                List.of("peace-process"));
        return SiteLinks.entity(lang, slug);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en/",
                "/ru/",
                "/az/",
                "REFERENCE en",
                "REFERENCE ru",
                "REFERENCE az",
                "/en/section/politics",
                "/ru/tag/azerbaydzhan",
                "/en/source/azertag",
                "/en/archive/2024/09",
                "/az/archive/2024/09/16",
                "/en/news/no-such-story",
                "ENTITY en",
                "ENTITY ru",
                "/en/events",
                "/az/events?type=CALL",
                "/en/events?type=NOPE"
            })
    void readerPageIsValidHtml5(String page) throws Exception {
        String path = page;
        if (page.startsWith("REFERENCE")) {
            String lang = page.substring("REFERENCE ".length());
            String id = "azertag-2024-09-16-blinken-aliyev-call" + ("en".equals(lang) ? "" : "-" + lang);
            var article = articles.findByExternalId(id).orElseThrow();
            path = SiteLinks.article(article.lang(), article.slug());
        }
        if (page.startsWith("ENTITY")) {
            path = entityPage(Language.of(page.substring("ENTITY ".length())));
        }
        HttpResponse<String> response = new SiteClient(port).get(path);
        assertThat(response.statusCode()).isIn(200, 400, 404);

        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String report =
                validator.validate(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        JsonNode messages = JsonMapper.builder().build().readTree(report).get("messages");
        StringBuilder problems = new StringBuilder();
        messages.forEach(message -> problems.append(message.path("type").asString())
                .append(' ')
                .append(message.path("subType").asString(""))
                .append(" line ")
                .append(message.path("lastLine").asInt())
                .append(": ")
                .append(message.path("message").asString())
                .append('\n'));
        assertThat(messages.size())
                .as("HTML checker messages for %s:%n%s", path, problems)
                .isZero();
    }
}
