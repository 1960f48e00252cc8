package org.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeadImageTest {

    private final LeadImage image =
            new LeadImage(7, "A ferry", null, null, 2000, 1000, List.of(320, 640, 1024, 1600), "jpg");

    @Test
    void srcsetListsEveryGeneratedWidth() {
        assertThat(image.srcset())
                .isEqualTo("/media/7-320.jpg 320w, /media/7-640.jpg 640w, /media/7-1024.jpg 1024w, "
                        + "/media/7-1600.jpg 1600w");
    }

    @Test
    void picksTheLargestWidthThatFitsOrTheSmallest() {
        assertThat(image.urlUpTo(1000)).isEqualTo("/media/7-640.jpg");
        assertThat(image.urlUpTo(100)).isEqualTo("/media/7-320.jpg");
        assertThat(image.heightAt(640)).isEqualTo(320);
    }

    @Test
    void imageWithoutWidthsIsRefused() {
        assertThatThrownBy(() -> new LeadImage(8, "x", null, null, 10, 10, List.of(), "png"))
                .hasMessage("an image needs at least one generated width, got none for image 8");
    }
}
