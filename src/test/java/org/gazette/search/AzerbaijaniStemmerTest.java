package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Azerbaijani stemmer on the word list of {@code src/test/resources/search/az-word-forms.tsv}: word
 * forms from the Azerbaijani demo stories and the shared seed sentences and tags, each annotated by hand
 * with its stem.
 */
class AzerbaijaniStemmerTest {

    /** One annotated form. */
    record Annotated(String form, String stem) {}

    static List<Annotated> wordList() throws IOException {
        List<Annotated> list = new ArrayList<>();
        try (InputStream in = AzerbaijaniStemmerTest.class.getResourceAsStream("/search/az-word-forms.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] columns = line.split("\t");
                    list.add(new Annotated(columns[0], columns[1]));
                }
            }
        }
        return list;
    }

    @Test
    void everyFormOfTheWordListYieldsItsAnnotatedStem() throws IOException {
        List<Annotated> list = wordList();
        assertThat(list).hasSizeGreaterThanOrEqualTo(300);
        List<String> wrong = new ArrayList<>();
        for (Annotated word : list) {
            List<String> stems = AzerbaijaniStemmer.stems(word.form());
            if (!stems.contains(word.stem())) {
                wrong.add(word.form() + " → " + stems + ", expected " + word.stem());
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Real homographs: Gəncə (the city) is also the dative of gənc (young), dövrə (a lap) the dative of
     * dövr (a period). No stemmer can tell them apart without the sentence.
     */
    private static final Set<String> HOMOGRAPHS = Set.of("gənc gəncə", "dövr dövrə");

    @Test
    void formsOfDifferentWordsInTheListShareNoStem() throws IOException {
        Map<String, Set<String>> stemsByLemma = new LinkedHashMap<>();
        for (Annotated word : wordList()) {
            stemsByLemma
                    .computeIfAbsent(word.stem(), lemma -> new HashSet<>(AzerbaijaniStemmer.stems(lemma)))
                    .addAll(AzerbaijaniStemmer.stems(word.form()));
        }
        Map<String, String> owner = new LinkedHashMap<>();
        List<String> collisions = new ArrayList<>();
        stemsByLemma.forEach((lemma, stems) -> {
            for (String stem : stems) {
                String other = owner.putIfAbsent(stem, lemma);
                if (other != null
                        && !other.equals(lemma)
                        && !HOMOGRAPHS.contains(stem + " " + lemma)
                        && !HOMOGRAPHS.contains(stem + " " + other)) {
                    collisions.add(other + " and " + lemma + " share " + stem);
                }
            }
        });
        assertThat(collisions).isEmpty();
    }

    @Test
    void aNominativeThatLooksInflectedStillSharesAStemWithItsCaseForms() {
        assertThat(AzerbaijaniStemmer.stems("kanada")).contains("kanada");
        assertThat(AzerbaijaniStemmer.stems("kanadada")).contains("kanada");
        assertThat(AzerbaijaniStemmer.stems("türkiyəyə")).contains("türkiyə");
        assertThat(AzerbaijaniStemmer.stems("türkiyənin")).contains("türkiyə");
    }

    @Test
    void vowelHarmonyDecidesWhatIsASuffix() {
        // -ya after a front vowel breaks harmony: Rusiya is not Rusi + dative
        assertThat(AzerbaijaniStemmer.stems("rusiya")).containsExactly("rusiya");
        // -də after a back vowel breaks harmony too
        assertThat(AzerbaijaniStemmer.stems("bakıdə")).doesNotContain("bakı");
        assertThat(AzerbaijaniStemmer.stems("bakıda")).contains("bakı");
    }

    @Test
    void bufferConsonantsFollowVowelsAndVowelSuffixesFollowConsonants() {
        assertThat(AzerbaijaniStemmer.stems("bakının")).contains("bakı");
        assertThat(AzerbaijaniStemmer.stems("şəhərin")).contains("şəhər");
        assertThat(AzerbaijaniStemmer.stems("gəncəyə")).contains("gəncə");
        assertThat(AzerbaijaniStemmer.stems("büdcəsi")).contains("büdcə");
        // a buffer consonant never follows a consonant, a vowel suffix never follows a vowel
        assertThat(AzerbaijaniStemmer.stems("kitabnın")).doesNotContain("kitab");
        assertThat(AzerbaijaniStemmer.stems("bakıın")).doesNotContain("bakı");
    }

    @Test
    void pluralPossessiveCaseAndPredicativeComeOffInOrder() {
        assertThat(AzerbaijaniStemmer.stems("dillərindədir")).contains("dil");
        assertThat(AzerbaijaniStemmer.stems("marşrutlarının")).contains("marşrut");
        assertThat(AzerbaijaniStemmer.stems("ölkəmizdə")).contains("ölkə");
        assertThat(AzerbaijaniStemmer.stems("gəncədəki")).contains("gəncə");
    }

    @Test
    void kAndQComeBackBeforeAVowelSuffix() {
        assertThat(AzerbaijaniStemmer.stems("küləyin")).contains("külək");
        assertThat(AzerbaijaniStemmer.stems("danışığında")).contains("danışıq");
        assertThat(AzerbaijaniStemmer.stems("agentliyin")).contains("agentlik");
        // one syllable: ay (month) is not ak
        assertThat(AzerbaijaniStemmer.stems("ayın")).contains("ay").doesNotContain("ak");
    }
}
