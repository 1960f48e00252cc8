package org.gazette.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gazette.event.EventType;
import org.gazette.event.StoryEvent;
import org.junit.jupiter.api.Test;

class EventsReportedOnceTest {

    private static final LocalDate DAY = LocalDate.of(2024, 9, 16);

    private static StoryEvent at(int start, EventType type) {
        return new StoryEvent(type, DAY, start, start + 10, "A sentence.", List.of(), List.of());
    }

    @Test
    void whatTheHeadlineAndDekSumUpIsLeftToTheBodyThatReportsIt() {
        StoryEvent headline = at(0, EventType.CALL);
        StoryEvent dek = at(40, EventType.STATEMENT);
        StoryEvent body = at(100, EventType.CALL);

        assertThat(StoryTagger.reportedOnce(List.of(headline, dek, body), 90)).containsExactly(body);
    }

    @Test
    void aStoryWhoseBodyReportsNothingKeepsWhatItsHeadlineReports() {
        StoryEvent headline = at(0, EventType.MEET);

        assertThat(StoryTagger.reportedOnce(List.of(headline), 90)).containsExactly(headline);
        assertThat(StoryTagger.reportedOnce(List.of(), 90)).isEmpty();
    }
}
