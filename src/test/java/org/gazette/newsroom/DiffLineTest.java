package org.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiffLineTest {

    @Test
    void keepsUnchangedLinesAndMarksRemovedAndAdded() {
        List<DiffLine> diff = DiffLine.between(List.of("a", "b", "c", "d"), List.of("a", "B", "c", "d", "e"));
        assertThat(diff)
                .containsExactly(
                        new DiffLine(DiffLine.Kind.SAME, "a"),
                        new DiffLine(DiffLine.Kind.REMOVED, "b"),
                        new DiffLine(DiffLine.Kind.ADDED, "B"),
                        new DiffLine(DiffLine.Kind.SAME, "c"),
                        new DiffLine(DiffLine.Kind.SAME, "d"),
                        new DiffLine(DiffLine.Kind.ADDED, "e"));
    }

    @Test
    void identicalTextsHaveNoChanges() {
        assertThat(DiffLine.between(List.of("x", "y"), List.of("x", "y")))
                .allMatch(line -> line.kind() == DiffLine.Kind.SAME);
    }
}
