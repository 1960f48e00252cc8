package org.gazette.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.event.PronounsAndBareTitlesTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence that reports several acts, each in a clause joined by a coordination, gives an event for each. */
class SeveralActsInASentenceTest {

    @Test
    void aMeetingAndThenACall() {
        String text = "Antony Blinken met Hakan Fidan in Ankara, and later called Ilham Aliyev.";
        List<StoryEvent> events =
                extract("en", text, "PER:Antony Blinken", "PER:Hakan Fidan", "LOC:Ankara", "PER:Ilham Aliyev");

        assertThat(events).extracting(StoryEvent::type).containsExactly(EventType.MEET, EventType.CALL);
        assertThat(events.get(0).actors())
                .extracting(EventActor::name)
                .containsExactly("Antony Blinken", "Hakan Fidan");
        assertThat(events.get(1).actors())
                .extracting(EventActor::name, EventActor::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Antony Blinken", ActorRole.INITIATOR),
                        org.assertj.core.groups.Tuple.tuple("Ilham Aliyev", ActorRole.PARTNER));
    }

    @Test
    void aMeetingWhereTheSidesSigned() {
        String text = "Владимир Путин встретился с Реджепом Эрдоганом и подписал соглашение о поставках газа.";
        List<StoryEvent> events = extract("ru", text, "PER:Владимир Путин", "PER:Реджепом Эрдоганом");

        assertThat(events).extracting(StoryEvent::type).containsExactly(EventType.MEET, EventType.AGREEMENT);
        assertThat(events.get(1).actors())
                .extracting(EventActor::name)
                .containsExactly("Владимир Путин", "Реджепом Эрдоганом");
        assertThat(events.get(1).topics()).contains("energy");
    }

    @Test
    void azerbaijaniMeetingAndAgreement() {
        String text = "İlham Əliyev Emmanuel Makron ilə görüşüb və Fransa ilə saziş imzalayıb.";
        List<StoryEvent> events = extract("az", text, "PER:İlham Əliyev", "PER:Emmanuel Makron", "LOC:Fransa");

        assertThat(events).extracting(StoryEvent::type).containsExactly(EventType.MEET, EventType.AGREEMENT);
        assertThat(events.get(1).actors().get(0).name()).isEqualTo("İlham Əliyev");
    }

    @Test
    void eachClauseKeepsItsOwnSubject() {
        String text = "Vladimir Putin met Recep Erdogan, and Sergei Lavrov met Hakan Fidan.";
        List<StoryEvent> events =
                extract("en", text, "PER:Vladimir Putin", "PER:Recep Erdogan", "PER:Sergei Lavrov", "PER:Hakan Fidan");

        assertThat(events).hasSize(2);
        assertThat(events.get(1).actors()).extracting(EventActor::name).containsExactly("Sergei Lavrov", "Hakan Fidan");
    }

    @Test
    void anActInASubordinateClauseIsPartOfTheMainOne() {
        String call = "Vladimir Putin held telephone talks with Recep Erdogan during which they agreed on grain.";
        assertThat(extract("en", call, "PER:Vladimir Putin", "PER:Recep Erdogan"))
                .extracting(StoryEvent::type)
                .containsExactly(EventType.CALL);
        String relative = "Sergei Lavrov met Hakan Fidan, who had visited Kyiv.";
        assertThat(extract("en", relative, "PER:Sergei Lavrov", "PER:Hakan Fidan", "LOC:Kyiv"))
                .extracting(StoryEvent::type)
                .containsExactly(EventType.MEET);
        String said = "Sergei Lavrov met Hakan Fidan and said the talks were useful.";
        assertThat(extract("en", said, "PER:Sergei Lavrov", "PER:Hakan Fidan"))
                .extracting(StoryEvent::type)
                .containsExactly(EventType.MEET);
    }

    @Test
    void aVisitAndAMeetingOfTheSameSubjectAreOneEvent() {
        String text = "Виктория Нуланд прибыла в Москву с визитом и встретилась с Сергеем Рябковым.";
        List<StoryEvent> events = extract("ru", text, "PER:Виктория Нуланд", "LOC:Москву", "PER:Сергеем Рябковым");

        assertThat(events).singleElement().satisfies(event -> assertThat(event.actors())
                .extracting(EventActor::name)
                .containsExactly("Виктория Нуланд", "Сергеем Рябковым"));
    }
}
