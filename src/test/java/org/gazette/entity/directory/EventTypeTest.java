package org.gazette.entity.directory;

import static org.assertj.core.api.Assertions.assertThat;

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
}
