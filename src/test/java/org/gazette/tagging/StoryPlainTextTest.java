package org.gazette.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryPlainTextTest {

    @Test
    void headlineDekAndParagraphsAreSeparatedByBlankLines() {
        StoryPlainText text = StoryPlainText.of(
                "Aliyev speaks to Blinken", "A call about peace", "<p>First paragraph.</p><p>Second one.</p>");

        assertThat(text.text())
                .isEqualTo("Aliyev speaks to Blinken\n\nA call about peace\n\nFirst paragraph.\n\nSecond one.");
    }

    @Test
    void aStoryWithoutDekStartsItsBodyAfterTheHeadline() {
        assertThat(StoryPlainText.of("Headline", null, "<p>Body.</p>").text()).isEqualTo("Headline\n\nBody.");
        assertThat(StoryPlainText.of("Headline", "Dek.", "<p>Body.</p>").bodyStart())
                .as("the body begins after the headline, the dek and their blank lines")
                .isEqualTo("Headline\n\nDek.\n\n".length());
        assertThat(StoryPlainText.of("Headline", "  ", "<p>Body.</p>").text()).isEqualTo("Headline\n\nBody.");
    }

    @Test
    void markupGoesAndEntitiesAreDecoded() {
        StoryPlainText text = StoryPlainText.of(
                "H",
                null,
                "<p>Ernst &amp; Young in <a href=\"/x\"><em>Baku</em></a>&nbsp;today &#8212; &quot;ok&quot;</p>");

        assertThat(text.text()).isEqualTo("H\n\nErnst & Young in Baku today — \"ok\"");
    }

    @Test
    void scriptsAndStylesAreNotText() {
        StoryPlainText text = StoryPlainText.of(
                "H", null, "<p>Before</p><script>alert('Putin')</script><style>p{color:red}</style><p>After</p>");

        assertThat(text.text()).isEqualTo("H\n\nBefore\n\nAfter");
    }

    @Test
    void blockElementsEndParagraphsAndLineBreaksStayWithinThem() {
        StoryPlainText text = StoryPlainText.of(
                "H",
                null,
                "<h2>Sub</h2><ul><li>One</li><li>Two</li></ul><blockquote>Quote<br>line two</blockquote>loose");

        assertThat(text.text()).isEqualTo("H\n\nSub\n\nOne\n\nTwo\n\nQuote\nline two\n\nloose");
    }

    @Test
    void emptyAndMissingBodiesGiveTheHeadlineAlone() {
        assertThat(StoryPlainText.of("H", null, null).text()).isEqualTo("H");
        assertThat(StoryPlainText.of("H", null, null).bodyStart())
                .as("no body: all is lead")
                .isEqualTo(1);
        assertThat(StoryPlainText.of("H", null, "").text()).isEqualTo("H");
        assertThat(StoryPlainText.of("H", null, "<p> </p><div></div>").text()).isEqualTo("H");
        assertThat(StoryPlainText.of(null, null, null).text()).isEmpty();
    }

    @Test
    void brokenMarkupNeverThrows() {
        assertThat(StoryPlainText.of("H", null, "<p>open <b>bold <i>both</p></div><<>>&bogus; tail")
                        .text())
                .startsWith("H\n\nopen bold both")
                .contains("tail");
    }

    @Test
    void mixedScriptsAndAstralCharactersAreKept() {
        StoryPlainText text = StoryPlainText.of("Əliyev и Алиев 😀", null, "<p>İlham Əliyev 𝔸</p>");

        assertThat(text.text()).isEqualTo("Əliyev и Алиев 😀\n\nİlham Əliyev 𝔸");
    }

    @Test
    void hugeBodiesAreCutAtTheCapWithoutSplittingACharacter() {
        String body = "<p>" + "😀".repeat(StoryPlainText.MAX_CODE_POINTS + 10) + "</p>";

        StoryPlainText text = StoryPlainText.of("H", null, body);

        assertThat(text.length()).isEqualTo(StoryPlainText.MAX_CODE_POINTS);
        assertThat(Character.isHighSurrogate(text.text().charAt(text.text().length() - 1)))
                .isFalse();
    }

    @Test
    void theSameStoryAlwaysGivesTheSameText() {
        String body = "<p>Ilham Aliyev</p><p>Antony Blinken</p>";
        assertThat(StoryPlainText.of("H", "D", body)).isEqualTo(StoryPlainText.of("H", "D", body));
    }
}
