package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;

/** What each language's analysis makes of real words: the behaviour docs/search.md promises. */
class AnalysisTest {

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void bodiesGiveTheFoldedFieldTheirAccentedWordsOnlyAndKeepTheirPositions() throws IOException {
        List<String> tokens = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream stream = SearchAnalyzers.accentedWords("The president Əliyev met Şəki officials")) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            var increment = stream.addAttribute(
                    org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(term.toString());
                positions.add(position);
            }
            stream.end();
        }
        assertThat(tokens).containsExactly("aliyev", "eliyev", "shaki", "sheki");
        // "Əliyev" is the third word and "Şəki" the fifth: a phrase of the two does not match
        assertThat(positions).containsExactly(2, 2, 4, 4);
    }

    @Test
    void azerbaijaniLowerCasesDottedAndDotlessIApart() throws IOException {
        Analyzer az = SearchAnalyzers.forLanguage(Language.of("az"));
        assertThat(tokens(az, "İLHAM ILIQ İqtisadiyyat")).containsExactly("ilham", "ılıq", "iqtisadiyyat");
        assertThat(tokens(az, "ƏLİYEV Şəki ÇÖRƏK GÜNƏŞ")).containsExactly("əliyev", "şəki", "çörək", "günəş");
    }

    @Test
    void azerbaijaniDropsSuffixesAfterAnApostropheAndStopWords() throws IOException {
        Analyzer az = SearchAnalyzers.forLanguage(Language.of("az"));
        assertThat(tokens(az, "Bakı'da və Gəncə ilə")).containsExactly("bakı", "gəncə");
    }

    @Test
    void englishStemsAndDropsStopWords() throws IOException {
        assertThat(tokens(SearchAnalyzers.forLanguage(Language.of("en")), "The elections in Azerbaijan's regions"))
                .containsExactly("elect", "azerbaijan", "region");
    }

    @Test
    void russianStemsAndDropsStopWords() throws IOException {
        Analyzer ru = SearchAnalyzers.forLanguage(Language.of("ru"));
        assertThat(tokens(ru, "переговоры")).isEqualTo(tokens(ru, "переговорах"));
        assertThat(tokens(ru, "и в на")).isEmpty();
    }

    @Test
    void foldingMatchesNamesTypedWithoutAccents() throws IOException {
        Analyzer fold = SearchAnalyzers.folding();
        assertThat(tokens(fold, "İlham Əliyev")).containsExactly("ilham", "aliyev", "eliyev");
        assertThat(tokens(fold, "Nigar Əlizadə")).containsExactly("nigar", "alizada", "elizada", "alizade", "elizade");
        assertThat(tokens(fold, "Ilham Aliyev")).containsExactly("ilham", "aliyev");
        assertThat(tokens(fold, "Café Zürich")).containsExactly("jafe", "zurijh");
    }
}
