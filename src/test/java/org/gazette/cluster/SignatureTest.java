package org.gazette.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;

class SignatureTest {

    private static final Language EN = Language.of("en");
    private static final Language RU = Language.of("ru");
    private static final Language AZ = Language.of("az");

    private static MinHash signature(Language lang, String headline, String body) {
        return MinHash.of(StoryShingles.of(lang, headline, null, body));
    }

    @Test
    void wordsAreReadAsSearchReadsThemWhateverTheirCaseWidthOrMarkup() {
        assertThat(StoryShingles.words(EN, "Ｆｅｒｒｙ STAYS in port"))
                .containsExactly(StoryShingles.words(EN, "ferry stays in port"));
        assertThat(StoryShingles.of(EN, "Ferry stays", null, "<p>in <i>port</i> today</p>"))
                .containsExactly(StoryShingles.of(EN, "ferry STAYS", null, "in port today"));
        assertThat(StoryShingles.of(EN, "Cartoon", null, "<p>Tom &amp; Jerry</p>"))
                .containsExactly(StoryShingles.of(EN, "Cartoon", null, "Tom & Jerry"));
    }

    @Test
    void everyNumberIsTheSameWordSoAnUpdatedFigureKeepsTheStory() {
        assertThat(StoryShingles.words(EN, "killing 1,300 people on 6.2"))
                .containsExactly(StoryShingles.words(EN, "killing 45,000 people on 7"));
    }

    @Test
    void eachLanguageReadsItsOwnLetters() {
        // Azerbaijani capital I is dotless ı; Russian ё is е
        assertThat(StoryShingles.words(AZ, "İLHAM IŞIQ")).containsExactly(StoryShingles.words(AZ, "ilham ışıq"));
        assertThat(StoryShingles.words(RU, "Ёлка ещё")).containsExactly(StoryShingles.words(RU, "елка еще"));
    }

    @Test
    void theSameWordsInTwoLanguagesShareNoShingleAndNoBand() {
        long[] english = StoryShingles.of(EN, "Storm floods the harbour", null, "Ferries stay in port.");
        long[] filedAsAzerbaijani = StoryShingles.of(AZ, "Storm floods the harbour", null, "Ferries stay in port.");
        assertThat(Arrays.stream(english).boxed().toList())
                .doesNotContainAnyElementsOf(
                        Arrays.stream(filedAsAzerbaijani).boxed().toList());
        MinHash en = MinHash.of(english);
        MinHash az = MinHash.of(filedAsAzerbaijani);
        assertThat(Arrays.stream(en.bands(EN)).boxed().toList())
                .doesNotContainAnyElementsOf(Arrays.stream(az.bands(AZ)).boxed().toList());
    }

    @Test
    void similarityEstimatesTheShareOfSharedShingles() {
        MinHash original = signature(EN, ClusterStories.HARBOUR_HEADLINE, ClusterStories.HARBOUR_BODY);
        MinHash edited = signature(
                EN,
                "Storm floods old harbour as ferries stay in port for second day",
                ClusterStories.HARBOUR_BODY.replace("Nobody was hurt. ", "").replace("hot soup", "warm soup"));
        MinHash other = signature(EN, "City library reopens", ClusterStories.LIBRARY_BODY);

        assertThat(original.similarity(original)).isEqualTo(1.0);
        assertThat(original.similarity(edited)).isGreaterThan(StoryClusterer.THRESHOLD + 0.2);
        assertThat(original.similarity(other)).isLessThan(0.1);
        assertThat(Arrays.stream(original.bands(EN)).boxed().toList())
                .as("a near-duplicate shares bands, so it is found")
                .containsAnyElementsOf(Arrays.stream(edited.bands(EN)).boxed().toList());
    }

    @Test
    void aSignatureSurvivesTheDatabase() {
        MinHash signature = signature(EN, "Storm", ClusterStories.HARBOUR_BODY);
        assertThat(MinHash.fromBytes(signature.bytes())).isEqualTo(signature);
    }

    @Test
    void aStoryWithoutWordsHasNoSignature() {
        assertThat(StoryShingles.of(EN, "…", null, "<p> — </p>")).isEmpty();
        assertThatThrownBy(() -> MinHash.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
        assertThat(StoryShingles.of(EN, "Ferries", null, "")).hasSize(1);
    }
}
