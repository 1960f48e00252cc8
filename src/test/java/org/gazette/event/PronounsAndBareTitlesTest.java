package org.gazette.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gazette.entity.EntityType;
import org.gazette.entity.Mention;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;

/** A subject given by a pronoun or a bare title is the person the story named before, and nobody when none. */
class PronounsAndBareTitlesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 9, 18);

    static List<LinkedMention> mentions(String text, String... names) {
        List<LinkedMention> mentions = new ArrayList<>();
        int from = 0;
        for (String typed : names) {
            EntityType type = EntityType.valueOf(typed.substring(0, 3));
            String name = typed.substring(4);
            int at = text.indexOf(name, from);
            from = at + name.length();
            int start = text.codePointCount(0, at);
            int end = start + name.codePointCount(0, name.length());
            mentions.add(new LinkedMention(
                    new Mention(start, end, type, name),
                    Optional.of(name.toLowerCase(Locale.ROOT).split(" ")[0])));
        }
        return mentions;
    }

    static List<StoryEvent> extract(String lang, String text, String... names) {
        return EventExtractor.shipped().extract(Language.of(lang), DAY, text, mentions(text, names));
    }

    @Test
    void heIsTheSubjectOfTheSentenceBefore() {
        String text = "Foreign Minister Sergei Lavrov arrived in Ankara on Monday. "
                + "He also met Hakan Fidan to discuss grain exports.";
        List<StoryEvent> events = extract("en", text, "PER:Sergei Lavrov", "LOC:Ankara", "PER:Hakan Fidan");

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventType.MEET);
            assertThat(event.actors())
                    .extracting(EventActor::name, EventActor::role)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Sergei Lavrov", ActorRole.INITIATOR),
                            org.assertj.core.groups.Tuple.tuple("Hakan Fidan", ActorRole.PARTNER));
            assertThat(event.actors().get(0).title()).contains("Foreign Minister");
            assertThat(event.actors().get(0).entityKey()).contains("sergei");
        });
    }

    @Test
    void aBareTitleIsThePersonLastNamedWithIt() {
        String text = "Prime Minister Olaf Scholz and Foreign Minister Annalena Baerbock flew to Kyiv. "
                + "The foreign minister said Germany would keep its support.";
        List<StoryEvent> events =
                extract("en", text, "PER:Olaf Scholz", "PER:Annalena Baerbock", "LOC:Kyiv", "LOC:Germany");

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventType.STATEMENT);
            assertThat(event.actors()).extracting(EventActor::name).containsExactly("Annalena Baerbock");
        });
    }

    @Test
    void russianPronounAndTitle() {
        String text = "Министр иностранных дел России Сергей Лавров прибыл в Баку. "
                + "Он также провёл встречу с Джейхуном Байрамовым. "
                + "Министр заявил, что переговоры были полезными.";
        List<StoryEvent> events = extract("ru", text, "PER:Сергей Лавров", "LOC:Баку", "PER:Джейхуном Байрамовым");

        assertThat(events).hasSize(1); // the minister's statement belongs to the meeting he took part in
        assertThat(events.get(0).type()).isEqualTo(EventType.MEET);
        assertThat(events.get(0).actors())
                .extracting(EventActor::name)
                .containsExactly("Сергей Лавров", "Джейхуном Байрамовым");
        assertThat(events.get(0).actors().get(0).title()).contains("Министр иностранных дел");
    }

    @Test
    void azerbaijaniPronounOpeningTheSentence() {
        String text = "Prezident İlham Əliyev Parisə səfərə gedib. O, həmçinin Emmanuel Makron ilə görüşüb.";
        List<StoryEvent> events = extract("az", text, "PER:İlham Əliyev", "LOC:Parisə", "PER:Emmanuel Makron");

        assertThat(events).extracting(StoryEvent::type).containsExactly(EventType.MEET, EventType.MEET);
        assertThat(events.get(1).actors())
                .extracting(EventActor::name)
                .containsExactly("İlham Əliyev", "Emmanuel Makron");
    }

    @Test
    void noAntecedentNoActor() {
        assertThat(extract("en", "He said the talks were useful.")).isEmpty();
        assertThat(extract("en", "The minister said the talks were useful.")).isEmpty();
        String noMinister = "President Joe Biden spoke in Delaware. The minister said the talks were useful.";
        assertThat(extract("en", noMinister, "PER:Joe Biden", "LOC:Delaware")).isEmpty();
        String tooFar = "Joe Biden spoke. Rain fell. Rain fell again. The roads flooded. He said it was bad.";
        assertThat(extract("en", tooFar, "PER:Joe Biden")).isEmpty();
        String they = "Joe Biden met Xi Jinping. They said the talks were useful. We said nothing.";
        assertThat(extract("en", they, "PER:Joe Biden", "PER:Xi Jinping")).hasSize(1);
    }

    @Test
    void aTitleWithAnUntaggedNameIsNotBare() {
        String text = "President Joe Biden spoke in Delaware. President Macron said the talks were useful.";
        assertThat(extract("en", text, "PER:Joe Biden", "LOC:Delaware")).isEmpty();
    }

    @Test
    void manyPronounsAndActsInMixedScriptsNeverThrow() {
        String story = ("Ilham Aliyev met Emmanuel Macron, and later called Olaf Scholz. He said 𝔘𝔫𝔦 ☃ it was good. "
                        + "Он также встретился с ним и подписал соглашение; затем обвинил. O, həmçinin görüşüb və "
                        + "razılaşıb. The president said, \" he said. — сказал он. ")
                .repeat(2_000);
        List<StoryEvent> events = EventExtractor.shipped()
                .extract(Language.of("en"), DAY, story, mentions(story, "PER:Ilham Aliyev", "PER:Emmanuel Macron"));
        assertThat(events).isNotEmpty();
        for (String lang : List.of("ru", "az")) {
            assertThat(EventExtractor.shipped().extract(Language.of(lang), DAY, story, List.of()))
                    .isNotNull();
        }
        assertThat(extract("en", "He", "PER:He")).isEmpty();
        assertThat(extract("az", "O, ")).isEmpty();
    }
}
