package org.gazette.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gazette.entity.EntityType;
import org.gazette.entity.Mention;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;

/** The rules one at a time, on sentences written for the test with mentions placed by hand. */
class EventExtractorTest {

    private static final EventExtractor EXTRACTOR = EventExtractor.shipped();
    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 9, 18);

    /** Mentions of the given names (type prefix "PER:", "LOC:", "ORG:") at their first place in the text. */
    private static List<LinkedMention> mentions(String text, String... names) {
        List<LinkedMention> mentions = new ArrayList<>();
        for (String typed : names) {
            EntityType type = EntityType.valueOf(typed.substring(0, 3));
            String name = typed.substring(4);
            int at = text.indexOf(name);
            int start = text.codePointCount(0, at);
            int end = start + name.codePointCount(0, name.length());
            mentions.add(new LinkedMention(
                    new Mention(start, end, type, name),
                    Optional.of(name.toLowerCase(Locale.ROOT).replace(' ', '-'))));
        }
        return mentions;
    }

    private static List<StoryEvent> extract(String lang, String text, String... names) {
        return EXTRACTOR.extract(Language.of(lang), WEDNESDAY, text, mentions(text, names));
    }

    @Test
    void aCallerAndTheOneCalled() {
        String text = "Recep Tayyip Erdogan phoned Vladimir Putin on Monday.";
        List<StoryEvent> events = extract("en", text, "PER:Recep Tayyip Erdogan", "PER:Vladimir Putin");

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventType.CALL);
            assertThat(event.occurredOn()).isEqualTo(LocalDate.of(2024, 9, 16));
            assertThat(event.actors())
                    .extracting(EventActor::name, EventActor::role)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Recep Tayyip Erdogan", ActorRole.INITIATOR),
                            org.assertj.core.groups.Tuple.tuple("Vladimir Putin", ActorRole.PARTNER));
            assertThat(event.sentenceStart()).isZero();
            assertThat(event.sentenceEnd()).isEqualTo(text.codePointCount(0, text.length()));
        });
    }

    @Test
    void countriesActWhenNoPersonDoes() {
        List<StoryEvent> events =
                extract("en", "Russia accused Ukraine of shelling the plant.", "LOC:Russia", "LOC:Ukraine");

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventType.ACCUSATION);
            assertThat(event.actors()).extracting(EventActor::name).containsExactly("Russia", "Ukraine");
            assertThat(event.actors())
                    .extracting(EventActor::country)
                    .containsExactly(Optional.of("RU"), Optional.of("UA"));
            assertThat(event.actors().get(0).role()).isEqualTo(ActorRole.INITIATOR);
        });
    }

    @Test
    void russianMeetingWithTitlesAndADate() {
        String text =
                "Министр иностранных дел России Сергей Лавров встретился в Баку с президентом Азербайджана Ильхамом Алиевым 12 сентября.";
        List<StoryEvent> events = extract("ru", text, "PER:Сергей Лавров", "LOC:Баку", "PER:Ильхамом Алиевым");

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventType.MEET);
            assertThat(event.occurredOn()).isEqualTo(LocalDate.of(2024, 9, 12));
            assertThat(event.actors()).hasSize(2);
            assertThat(event.actors().get(0).title()).contains("Министр иностранных дел");
            assertThat(event.actors().get(0).country()).contains("RU");
            assertThat(event.actors().get(1).title()).contains("Президент");
            assertThat(event.actors().get(1).country()).contains("AZ");
            assertThat(event.actors().get(1).role()).isEqualTo(ActorRole.PARTNER);
        });
    }

    @Test
    void azerbaijaniAgreementYesterday() {
        String text = "Dünən Azərbaycan və Gürcüstan nəqliyyat sahəsində saziş imzalayıblar.";
        List<StoryEvent> events = extract("az", text, "LOC:Azərbaycan", "LOC:Gürcüstan");

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventType.AGREEMENT);
            assertThat(event.occurredOn()).isEqualTo(WEDNESDAY.minusDays(1));
            assertThat(event.actors())
                    .extracting(EventActor::country)
                    .containsExactly(Optional.of("AZ"), Optional.of("GE"));
        });
    }

    @Test
    void aStatementHasOneSpeakerAndAPronounIsNone() {
        assertThat(extract("en", "\"We will rebuild,\" said Mayor Anne Hidalgo.", "PER:Anne Hidalgo"))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.type()).isEqualTo(EventType.STATEMENT);
                    assertThat(event.actors()).extracting(EventActor::name).containsExactly("Anne Hidalgo");
                });
        assertThat(extract("en", "He said Anne Hidalgo would rebuild the square.", "PER:Anne Hidalgo"))
                .isEmpty();
    }

    @Test
    void whatDidNotHappenIsNoEvent() {
        assertThat(extract("en", "Joe Biden will meet Xi Jinping in November.", "PER:Joe Biden", "PER:Xi Jinping"))
                .isEmpty();
        assertThat(extract("ru", "Путин и Байден не встретились в Женеве.", "PER:Путин", "PER:Байден", "LOC:Женеве"))
                .isEmpty();
        assertThat(extract("ru", "Визит Си Цзиньпина в Россию пройдет в мае.", "PER:Си Цзиньпина", "LOC:Россию"))
                .isEmpty();
    }

    @Test
    void statementsOfTheParticipantsBelongToTheCall() {
        String text = "Emmanuel Macron held a telephone conversation with Olaf Scholz on Tuesday. "
                + "The two discussed energy and security. Olaf Scholz said the talks were useful. "
                + "Later, Giorgia Meloni said she would visit Berlin.";
        List<StoryEvent> events =
                extract("en", text, "PER:Emmanuel Macron", "PER:Olaf Scholz", "PER:Giorgia Meloni", "LOC:Berlin");

        assertThat(events).extracting(StoryEvent::type).containsExactly(EventType.CALL, EventType.STATEMENT);
        assertThat(events.get(0).occurredOn()).isEqualTo(LocalDate.of(2024, 9, 17));
        assertThat(events.get(0).topics()).containsExactly("energy", "security");
        assertThat(events.get(1).actors()).extracting(EventActor::name).containsExactly("Giorgia Meloni");
    }

    @Test
    void aCountryFromTheAdjectiveOfATitle() {
        assertThat(Countries.in("Afghan Ambassador")).contains("AF");
        assertThat(Countries.in("российского президента")).contains("RU");
        assertThat(Countries.in("ABŞ-ın dövlət katibi")).contains("US");
        assertThat(Countries.in("they told us")).isEmpty();
    }

    @Test
    void theDayOfAMonthBeatsAWeekday() {
        String text = "Зепп Блаттер заявил в Цюрихе в понедельник 9 мая, что матчи не договорные.";
        assertThat(extract("ru", text, "PER:Зепп Блаттер", "LOC:Цюрихе"))
                .singleElement()
                .satisfies(event -> assertThat(event.occurredOn()).isEqualTo(LocalDate.of(2024, 5, 9)));
    }

    @Test
    void datesResolveAgainstTheStory() {
        LocalDate january = LocalDate.of(2025, 1, 3);
        assertThat(EventDates.in(Language.of("en"), "on 30 December", january))
                .extracting(EventDates.Found::date)
                .containsExactly(LocalDate.of(2024, 12, 30));
        assertThat(EventDates.in(Language.of("en"), "on January 5", january))
                .extracting(EventDates.Found::date)
                .containsExactly(LocalDate.of(2025, 1, 5));
        assertThat(EventDates.in(Language.of("ru"), "16 сентября 2023 года", january))
                .extracting(EventDates.Found::date)
                .containsExactly(LocalDate.of(2023, 9, 16));
        assertThat(EventDates.in(Language.of("az"), "2024-cü il avqustun 30-da", january))
                .extracting(EventDates.Found::date)
                .containsExactly(LocalDate.of(2024, 8, 30));
        assertThat(EventDates.in(Language.of("az"), "bazar ertəsi", january))
                .extracting(EventDates.Found::date)
                .containsExactly(LocalDate.of(2024, 12, 30));
        assertThat(EventDates.in(Language.of("ru"), "в пятницу", january))
                .extracting(EventDates.Found::date)
                .containsExactly(january);
        assertThat(EventDates.in(Language.of("en"), "on 31 February", january)).isEmpty();
    }

    @Test
    void topicsHaveNamesInEveryLanguage() {
        assertThat(Topics.ALL).isNotEmpty().allSatisfy(topic -> {
            for (String lang : Language.SUPPORTED) {
                assertThat(topic.name(lang)).isNotBlank();
            }
        });
        assertThat(Topics.byKey("cop29")).isPresent();
        assertThat(Topics.in(Language.of("ru"), "стороны обсудили делимитацию границы и мирный договор"))
                .containsExactly("peace-process", "border-delimitation");
    }

    @Test
    void badInputGivesNoExceptionAndSensibleResults() {
        Language en = Language.of("en");
        assertThat(EXTRACTOR.extract(en, WEDNESDAY, "", List.of())).isEmpty();
        assertThat(EXTRACTOR.extract(en, WEDNESDAY, null, null)).isEmpty();
        assertThat(EXTRACTOR.extract(en, WEDNESDAY, "Nobody met anybody.", null))
                .isEmpty();

        String text = "Angela Merkel met Emmanuel Macron.";
        List<LinkedMention> outside = new ArrayList<>(mentions(text, "PER:Angela Merkel", "PER:Emmanuel Macron"));
        outside.add(new LinkedMention(new Mention(30, 400, EntityType.PER, "x"), Optional.empty()));
        outside.add(new LinkedMention(new Mention(0, 5, EntityType.PER, "Angel"), Optional.empty()));
        assertThat(EXTRACTOR.extract(en, WEDNESDAY, text, outside))
                .singleElement()
                .satisfies(event -> assertThat(event.actors()).hasSize(2));

        String markup = "<p><b>Angela Merkel</b> met <a href=\"x\">Emmanuel Macron</a>.</p>";
        assertThatCode(() -> EXTRACTOR.extract(
                        en, WEDNESDAY, markup, mentions(markup, "PER:Angela Merkel", "PER:Emmanuel Macron")))
                .doesNotThrowAnyException();

        String mixed = "Ильхам Алиев met 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ☃ Emmanuel Macron in Bakı.";
        assertThat(EXTRACTOR.extract(en, WEDNESDAY, mixed, mentions(mixed, "PER:Ильхам Алиев", "PER:Emmanuel Macron")))
                .singleElement()
                .satisfies(event -> assertThat(event.sentence()).isEqualTo(mixed));

        String huge = "Angela Merkel met Emmanuel Macron. ".repeat(60_000) + "x".repeat(50_000);
        List<StoryEvent> many = EXTRACTOR.extract(en, WEDNESDAY, huge, List.of());
        assertThat(many).isEmpty();
    }
}
