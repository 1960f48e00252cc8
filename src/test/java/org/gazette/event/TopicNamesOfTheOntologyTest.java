package org.gazette.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.gazette.entity.directory.TopicNames;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;

class TopicNamesOfTheOntologyTest {

    @Test
    void topicsShowUnderTheOntologysNameInTheReadersLanguageAndUnknownKeysAsWords() {
        TopicNames names = new TopicNamesOfTheOntology();

        assertThat(names.name("peace-process", Language.of("en"))).isEqualTo("Peace process");
        assertThat(names.name("border-delimitation", Language.of("ru"))).isEqualTo("Делимитация границы");
        assertThat(names.name("peace-process", Language.of("az"))).isEqualTo("Sülh prosesi");
        assertThat(names.name("cop29", Language.of("az"))).isEqualTo("COP29");
        assertThat(names.name("a-retired_topic", Language.of("en"))).isEqualTo("a retired topic");
    }
}
