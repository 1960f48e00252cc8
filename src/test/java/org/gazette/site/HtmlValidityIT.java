package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nu.validator.client.EmbeddedValidator;
import org.gazette.article.ArticleRepository;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.SiteClient;
import org.gazette.web.SiteLinks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reader pages are valid HTML5, as the W3C Nu HTML Checker sees them: no errors, no warnings. */
@GazetteIntegrationTest
class HtmlValidityIT {

    @LocalServerPort
    int port;

    @Autowired
    ArticleRepository articles;

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
                "/en/news/no-such-story"
            })
    void readerPageIsValidHtml5(String page) throws Exception {
        String path = page;
        if (page.startsWith("REFERENCE")) {
            String lang = page.substring("REFERENCE ".length());
            String id = "azertag-2024-09-16-blinken-aliyev-call" + ("en".equals(lang) ? "" : "-" + lang);
            var article = articles.findByExternalId(id).orElseThrow();
            path = SiteLinks.article(article.lang(), article.slug());
        }
        HttpResponse<String> response = new SiteClient(port).get(path);
        assertThat(response.statusCode()).isIn(200, 404);

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
