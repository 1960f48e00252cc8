package org.gazette.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gazette.text.Language;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference story (Blinken calls Aliyev, 16 September 2024) must give exactly one event in each language: a
 * call on that day, Blinken as the caller with his title and country, Aliyev as the other side, and the topics
 * the story covers. Checked on the three demo versions and on the scraped page in {@code ../shared/seed}.
 */
class ReferenceStoryEventsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 9, 16);
    private static final Path SEED = Path.of("../shared/seed/000_6d7b4730721f0dbc.txt");

    @Test
    void englishDemoStory() throws IOException {
        check(
                "en",
                demoBody("azertag-2024-09-16-blinken-aliyev-call"),
                "Antony Blinken",
                "Secretary of State",
                "Ilham Aliyev",
                "President");
    }

    @Test
    void russianDemoStory() throws IOException {
        check(
                "ru",
                demoBody("azertag-2024-09-16-blinken-aliyev-call-ru"),
                "Энтони Блинкен",
                "Государственный секретарь",
                "Ильхам Алиев",
                "Президент");
    }

    @Test
    void azerbaijaniDemoStory() throws IOException {
        check(
                "az",
                demoBody("azertag-2024-09-16-blinken-aliyev-call-az"),
                "Antoni Blinken",
                "Dövlət katibi",
                "İlham Əliyev",
                "Prezident");
    }

    @Test
    void scrapedOriginalPage() throws IOException {
        Assumptions.assumeTrue(
                Files.isRegularFile(SEED),
                "skipped: " + SEED.toAbsolutePath() + " is absent (../shared is not mounted)");
        check("en", Files.readString(SEED), "Antony Blinken", "Secretary of State", "Ilham Aliyev", "President");
    }

    private static void check(
            String code, String text, String caller, String callerTitle, String callee, String calleeTitle) {
        Language language = Language.of(code);
        List<StoryEvent> events =
                EventExtractor.shipped().extract(language, DAY, text, TaggedStory.mentions(language, text));

        assertThat(events).as("events in the %s reference story", code).hasSize(1);
        StoryEvent call = events.get(0);
        assertThat(call.type()).isEqualTo(EventType.CALL);
        assertThat(call.occurredOn()).isEqualTo(DAY);
        assertThat(call.actors())
                .containsExactly(
                        new EventActor(
                                caller,
                                call.actors().get(0).entityKey(),
                                ActorRole.INITIATOR,
                                Optional.of(callerTitle),
                                Optional.of("US")),
                        new EventActor(
                                callee,
                                call.actors().get(1).entityKey(),
                                ActorRole.PARTNER,
                                Optional.of(calleeTitle),
                                Optional.of("AZ")));
        assertThat(call.actors())
                .allSatisfy(actor -> assertThat(actor.entityKey()).isPresent());
        assertThat(call.topics()).contains("peace-process", "border-delimitation", "cop29");
        assertThat(new String(
                        text.codePoints().toArray(), call.sentenceStart(), call.sentenceEnd() - call.sentenceStart()))
                .isEqualTo(call.sentence());
    }

    private static String demoBody(String id) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        try (var in = ReferenceStoryEventsTest.class.getResourceAsStream("/demo/articles.jsonl")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode story = mapper.readTree(line);
                if (story.get("id").asText().equals(id)) {
                    return story.get("body").asText();
                }
            }
        }
        throw new AssertionError("no demo story " + id);
    }
}
