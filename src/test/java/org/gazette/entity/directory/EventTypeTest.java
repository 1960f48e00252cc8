package org.gazette.entity.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.gazette.text.Language;
import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void aTypeIsReadInAnyCaseAndAnythingElseIsNone() {
        assertThat(EventType.parse("call")).contains(EventType.CALL);
        assertThat(EventType.parse(" Meet ")).contains(EventType.MEET);
        assertThat(EventType.parse("PHONE")).isEmpty();
        assertThat(EventType.parse("")).isEmpty();
        assertThat(EventType.parse(null)).isEmpty();
    }

    @Test
    void topicKeysShowAsWordsUntilTheEventPackageNamesThem() {
        TopicNames names = new HumanisedTopicNames();

        assertThat(names.name("peace-process", Language.of("en"))).isEqualTo("peace process");
        assertThat(names.name("border-delimitation", Language.of("ru"))).isEqualTo("border delimitation");
        assertThat(names.name("cop29", Language.of("az"))).isEqualTo("cop29");
    }
}
