package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.article.Actor;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.EntityRows;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The entity page and the events timeline over HTTP, on rows written into the V9 tables as the tagger and
 * the event extractor write them: only published stories show, newest first and paged; merged slugs move;
 * hidden and unknown ones are not found; filters narrow the timeline and bad ones get a 400 page.
 */
@GazetteIntegrationTest
class EntityAndEventPagesIT {

    private static final String REFERENCE = "azertag-2024-09-16-blinken-aliyev-call";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleRepository articles;

    @Autowired
    ArticleStore store;

    private SiteClient site;
    private EntityRows rows;
    private String word;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
        rows = new EntityRows(jdbc);
        word = UUID.randomUUID().toString().substring(0, 8);
    }

    private Article importStory(TestArticle story) {
        try {
            importer.importLines(TestArticle.lines(story), new Quiet().stream());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return articles.findByExternalId(story.id()).orElseThrow();
    }

    /**
     * Whether the timeline shows the text on its first page or, following its "older" links, a later one:
     * in the whole suite other tests' stories report newer events.
     */
    private boolean timelineReaches(String path, String text) {
        Pattern older = Pattern.compile("class=\"pager__older\" rel=\"next\" href=\"([^\"]+)\"");
        String next = path;
        for (int pages = 0; next != null && pages < 200; pages++) {
            String body = page(next);
            if (body.contains(text)) {
                return true;
            }
            Matcher link = older.matcher(body);
            next = link.find() ? link.group(1).replace("&amp;", "&") : null;
        }
        return false;
    }

    private String page(String path) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
        return response.body();
    }

    @Test
    void anEntityPageListsOnlyItsPublishedStoriesInItsLanguageNewestFirstInPages() {
        long entity = rows.entity("paged-" + word, "ORG", Map.of("en", "Paged Council " + word));
        List<Article> stories = new ArrayList<>();
        for (int day = 1; day <= 22; day++) {
            Article story = importStory(TestArticle.story("entity-page")
                    .with("headline", "Council story " + day + " " + word)
                    .with("date", String.format(Locale.ROOT, "2018-07-%02dT10:00:00Z", day)));
            rows.names(story.id(), entity, 2, 0);
            stories.add(story);
        }
        Article withdrawn = importStory(TestArticle.story("entity-page")
                .with("headline", "Withdrawn council story " + word)
                .with("date", "2018-07-28T10:00:00Z"));
        rows.names(withdrawn.id(), entity, 1, 0);
        store.changeStatus(withdrawn.id(), ArticleStatus.UNPUBLISHED, null, Actor.system("entity test"));
        Article russian = importStory(TestArticle.story("entity-page")
                .with("lang", "ru")
                .with("headline", "Совет " + word)
                .with("date", "2018-07-27T10:00:00Z"));
        rows.names(russian.id(), entity, 1, 0);

        String first = page("/en/entity/paged-" + word);

        assertThat(first).contains("Paged Council " + word, "Organisation");
        assertThat(first).doesNotContain("Withdrawn council story", "Совет " + word);
        assertThat(first.indexOf("Council story 22 " + word))
                .as("newest first")
                .isPositive()
                .isLessThan(first.indexOf("Council story 21 " + word));
        assertThat(first).doesNotContain("Council story 2 " + word);
        assertThat(first).contains("href=\"/en/entity/paged-" + word + "/rss.xml\"");
        String older = first.replaceAll("(?s).*class=\"pager__older\" rel=\"next\" href=\"([^\"]+)\".*", "$1")
                .replace("&amp;", "&");
        assertThat(older).startsWith("/en/entity/paged-" + word + "?before=");
        String second = page(older);
        assertThat(second).contains("Council story 2 " + word, "Council story 1 " + word);
        assertThat(second).doesNotContain("Council story 22 " + word);
        assertThat(page("/ru/entity/paged-" + word)).contains("Совет " + word);
    }

    @Test
    void aMergedEntityMovesToTheOneItWasMergedIntoKeepingThePage() {
        long survivor = rows.entity("survivor-" + word, "PER", Map.of("en", "Survivor " + word));
        long merged = rows.entity("merged-" + word, "PER", Map.of("en", "Merged " + word));
        rows.merge(merged, survivor);

        HttpResponse<String> response = site.get("/en/entity/merged-" + word + "?before=abc");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/en/entity/survivor-" + word + "?before=abc"));
        assertThat(site.get("/en/entity/merged-" + word + "/rss.xml").statusCode())
                .isEqualTo(301);
    }

    @Test
    void hiddenAndUnknownEntitiesAreTheNotFoundPage() {
        long hidden = rows.entity("hidden-" + word, "LOC", Map.of("en", "Hidden Place " + word));
        rows.hide(hidden);

        for (String path : List.of("/en/entity/hidden-" + word, "/en/entity/nobody-" + word, "/en/entity/%E2%80%8F")) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Page not found").doesNotContain("Hidden Place");
        }
        assertThat(site.get("/en/entity/hidden-" + word + "/feed.json").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theTimelineShowsEventsByDayAndFiltersThemByEntityAndType() {
        Article reference = articles.findByExternalId(REFERENCE).orElseThrow();
        long aliyev = rows.entity("aliyev-" + word, "PER", Map.of("en", "Ilham Aliyev", "ru", "Ильхам Алиев"));
        long blinken = rows.entity("blinken-" + word, "PER", Map.of("en", "Antony Blinken"));
        String call = "Blinken spoke by phone with Aliyev " + word + ".";
        rows.event(
                reference.id(),
                "en",
                "CALL",
                "2024-09-16",
                call,
                List.of(
                        new EntityRows.Actor(
                                "initiator", "Antony Blinken", "US Secretary of State", "United States", blinken),
                        new EntityRows.Actor("partner", "Ilham Aliyev", "President", "Azerbaijan", aliyev)),
                List.of("peace-process", "border-delimitation", "cop29"));
        Article other = importStory(TestArticle.story("events")
                .with("headline", "Visit story " + word)
                .with("date", "2024-10-02T10:00:00Z"));
        String visit = "Aliyev met a delegation " + word + ".";
        rows.event(
                other.id(),
                "en",
                "MEET",
                "2024-10-01",
                visit,
                List.of(new EntityRows.Actor("initiator", "Ilham Aliyev", null, null, aliyev)),
                List.of());
        Article draft = importStory(TestArticle.story("events")
                .with("headline", "Withdrawn event story " + word)
                .with("date", "2024-10-03T10:00:00Z"));
        String hidden = "Aliyev said something withdrawn " + word + ".";
        rows.event(
                draft.id(),
                "en",
                "STATEMENT",
                "2024-10-03",
                hidden,
                List.of(new EntityRows.Actor("initiator", "Ilham Aliyev", null, null, aliyev)),
                List.of());
        store.changeStatus(draft.id(), ArticleStatus.UNPUBLISHED, null, Actor.system("entity test"));

        String all = page("/en/events?entity=aliyev-" + word);
        assertThat(all)
                .contains(call, visit, "Telephone call", "Meeting or visit", "Peace process", "Border delimitation");
        assertThat(all).contains("href=\"/en/entity/blinken-" + word + "\"", "US Secretary of State");
        assertThat(all).contains("datetime=\"2024-09-16\"", "datetime=\"2024-10-01\"");
        assertThat(all.indexOf(visit)).as("newest day first").isLessThan(all.indexOf(call));
        assertThat(all).doesNotContain(hidden);

        String calls = page("/en/events?entity=aliyev-" + word + "&type=call");
        assertThat(calls).contains(call).doesNotContain(visit);
        assertThat(page("/en/events?entity=blinken-" + word)).contains(call).doesNotContain(visit);
        assertThat(timelineReaches("/en/events", call))
                .as("the unfiltered timeline shows the call, on its first page or an older one")
                .isTrue();

        String entityPage = page("/en/entity/aliyev-" + word);
        assertThat(entityPage).contains("Ilham Aliyev", call, visit).doesNotContain(hidden);
        assertThat(page("/ru/entity/aliyev-" + word)).contains("Ильхам Алиев").doesNotContain(call);
    }

    @Test
    void theTimelineFilterFindsAnEntityByTheNameAReaderTypes() {
        String surname = "Q" + word;
        long rena = rows.entity("rena-" + word, "PER", Map.of("en", "Rena " + surname, "ru", "Рена Кв" + word));
        Article story = importStory(TestArticle.story("events")
                .with("headline", "Named filter story " + word)
                .with("date", "2024-10-05T10:00:00Z"));
        String visit = "Rena " + surname + " visited a school.";
        rows.event(
                story.id(),
                "en",
                "MEET",
                "2024-10-04",
                visit,
                List.of(new EntityRows.Actor("initiator", "Rena " + surname, null, null, rena)),
                List.of());

        for (String typed : List.of("Rena " + surname, "rena  " + surname.toLowerCase(Locale.ROOT), surname)) {
            String found = page("/en/events?entity=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
            assertThat(found).as(typed).contains(visit, "value=\"Rena " + surname + "\"");
            assertThat(found)
                    .as("%s: the page's canonical address names the entity by its slug", typed)
                    .contains("events?entity=rena-" + word);
        }
        assertThat(page("/ru/events?entity=" + URLEncoder.encode("Рена Кв" + word, StandardCharsets.UTF_8)))
                .contains("value=\"Рена Кв" + word + "\"");
        assertThat(site.get("/en/events?entity=" + URLEncoder.encode("Rena", StandardCharsets.UTF_8) + word)
                        .statusCode())
                .as("a name is matched whole or by its last word, not by any part")
                .isEqualTo(400);
    }

    @Test
    void badTimelineFiltersAreA400PageSayingWhatIsWrong() {
        HttpResponse<String> type = site.get("/en/events?type=PHONE");
        assertThat(type.statusCode()).isEqualTo(400);
        assertThat(type.body()).contains("“PHONE” is not a kind of event", "CALL");

        HttpResponse<String> entity = site.get("/en/events?entity=nobody-" + word);
        assertThat(entity.statusCode()).isEqualTo(400);
        assertThat(entity.body()).contains("nobody-" + word);

        HttpResponse<String> cursor = site.get("/en/events?before=%00%ff");
        assertThat(cursor.statusCode()).isEqualTo(400);

        HttpResponse<String> russian = site.get("/ru/events?type=x");
        assertThat(russian.statusCode()).isEqualTo(400);
        assertThat(russian.body()).contains("не вид события");
    }
}
