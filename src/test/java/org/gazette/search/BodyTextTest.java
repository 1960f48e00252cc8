package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyTextTest {

    @Test
    void tagsBecomeSpacesAndParagraphsStayApart() {
        assertThat(BodyText.fromHtml("<p>First <b>bold</b> words.</p><p>Second</p>"))
                .isEqualTo("First bold words. Second");
    }

    @Test
    void characterReferencesAreDecoded() {
        assertThat(BodyText.fromHtml("<p>Tom &amp; Jerry &lt;3 &#1041;&#x430;&nbsp;x &bogus;</p>"))
                .isEqualTo("Tom & Jerry <3 Ба x &bogus;");
    }

    @Test
    void nothingGivesNothing() {
        assertThat(BodyText.fromHtml(null)).isEmpty();
        assertThat(BodyText.fromHtml("")).isEmpty();
    }
}
