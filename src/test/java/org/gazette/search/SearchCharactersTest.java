package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.gazette.text.Language;
import org.gazette.text.SearchCharacters;
import org.junit.jupiter.api.Test;

/** Stories and queries read every character alike: what a reader types is analysed as the index was. */
class SearchCharactersTest {

    /** Headlines with characters Unicode can write more than one way, and signs that look like words. */
    private static final List<String> TRICKY = List.of(
            "Пожар в школе № 5",
            "№5",
            "Acme™ buys Globex",
            "Ｆｕｌｌ ｗｉｄｔｈ ２０２４",
            "ﬁnal oﬃce",
            "Cafe\u0301 and Café",
            "Əliyev в Şəki",
            "x² and H₂O",
            "25 ℃ in Baku",
            "Ⅻ congress",
            "Ёлка …");

    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
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
    void aQueryTypedAsTheHeadlineGivesEveryFieldTheHeadlinesOwnWords() throws IOException {
        Analyzer analyzer = SearchAnalyzers.perField();
        List<String> fields = new ArrayList<>(List.of(IndexFields.FOLD_HEAD, IndexFields.SPELL));
        for (Language lang : IndexFields.languages()) {
            fields.add(IndexFields.headline(lang));
        }
        for (String headline : TRICKY) {
            String typed = SearchText.from(headline).value();
            for (String field : fields) {
                assertThat(tokens(analyzer, field, typed))
                        .as("%s in %s", headline, field)
                        .isEqualTo(tokens(analyzer, field, headline));
            }
        }
    }

    @Test
    void theNumberSignAndOtherSymbolsAreNeverWords() throws IOException {
        Analyzer analyzer = SearchAnalyzers.perField();
        assertThat(SearchText.from("пожар школе № 5").value()).isEqualTo("пожар школе 5");
        assertThat(SearchText.from("№").isEmpty()).isTrue();
        // the sign adds nothing: the headline reads exactly as it does without it, whatever the stemmer makes of it
        String russianHeadline = IndexFields.headline(Language.of("ru"));
        assertThat(tokens(analyzer, russianHeadline, "Пожар в школе № 5"))
                .isEqualTo(tokens(analyzer, russianHeadline, "Пожар в школе 5"))
                .contains("пожар", "5")
                .hasSize(3);
        assertThat(tokens(analyzer, IndexFields.headline(Language.of("en")), "Acme™ buys Globex"))
                .containsExactly("acm", "bui", "globex");
        assertThat(tokens(analyzer, IndexFields.FOLD_HEAD, "Ｆｕｌｌ ｗｉｄｔｈ ﬁnal Jose\u0301"))
                .containsExactly("full", "width", "final", "jose");
    }

    @Test
    void offsetsPointAtTheOriginalTextSoHighlightsMarkTheRightWords() throws IOException {
        String text = "ﬁnal № Ｇｌｏｂｅｘ Cafe\u0301 end";
        List<String> marked = new ArrayList<>();
        try (TokenStream stream = SearchAnalyzers.perField().tokenStream(IndexFields.SPELL, text)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                marked.add(text.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        }
        assertThat(marked).containsExactly("ﬁnal", "Ｇｌｏｂｅｘ", "Cafe\u0301", "end");
    }

    @Test
    void normalizingTwiceChangesNothing() {
        for (String headline : TRICKY) {
            String once = SearchCharacters.normalize(headline);
            assertThat(SearchCharacters.normalize(once)).isEqualTo(once);
        }
    }
}
