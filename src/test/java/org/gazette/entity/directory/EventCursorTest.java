package org.gazette.entity.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventCursorTest {

    @Test
    void aCursorReadsBackAsTheSamePosition() {
        EventCursor cursor = new EventCursor(LocalDate.of(2024, 9, 16), 42);

        assertThat(EventCursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void anythingElseIsRefusedWithAReadableMessage() {
        for (String bad : new String[] {"", "%%%", "MjAyNC0wOS0xNg", "bm90OmEtZGF0ZQ"}) {
            assertThatThrownBy(() -> EventCursor.decode(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a cursor this site made");
        }
    }
}
