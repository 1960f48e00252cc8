package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FontSizeTest {

    @Test
    void startsAtSixteenPixelsLikeTheReferencePage() {
        assertThat(FontSize.standard().px()).isEqualTo(16);
        assertThat(FontSize.standard().readout()).isEqualTo("16 px");
    }

    @Test
    void biggerTwiceIsTwentyPixels() {
        assertThat(FontSize.standard().bigger().bigger()).isEqualTo(new FontSize(20));
    }

    @Test
    void stopsAtTwentyEightAndTwelve() {
        FontSize size = FontSize.standard();
        for (int i = 0; i < 20; i++) {
            size = size.bigger();
        }
        assertThat(size.px()).isEqualTo(28);
        assertThat(size.canGrow()).isFalse();
        assertThat(size.canShrink()).isTrue();
        for (int i = 0; i < 20; i++) {
            size = size.smaller();
        }
        assertThat(size.px()).isEqualTo(12);
        assertThat(size.canShrink()).isFalse();
    }

    @Test
    void sizesOffTheStepsOrOutOfBoundsAreRefused() {
        assertThatThrownBy(() -> new FontSize(17)).hasMessage("font size must be 12 to 28 px in steps of 2, got 17");
        assertThatThrownBy(() -> new FontSize(30)).hasMessageContaining("got 30");
        assertThatThrownBy(() -> new FontSize(10)).hasMessageContaining("got 10");
    }
}
