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
            var increment =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
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
        assertThat(tokens(az, "ƏLİYEV Şəki ÇÖRƏK GÜNƏŞ")).containsExactly("əliyev", "şəki", "şək", "çörək", "günəş");
    }

    @Test
    void azerbaijaniDropsSuffixesAfterAnApostropheAndStopWords() throws IOException {
        Analyzer az = SearchAnalyzers.forLanguage(Language.of("az"));
        assertThat(tokens(az, "Bakı'da və Gəncə ilə")).containsExactly("bakı", "bak", "gəncə", "gənc");
        assertThat(tokens(az, "ABŞ-ın 14-dən")).containsExactly("abş", "14");
    }

    @Test
    void azerbaijaniCaseFormsShareAStemWithTheNominative() throws IOException {
        Analyzer az = SearchAnalyzers.forLanguage(Language.of("az"));
        assertThat(tokens(az, "Bakının")).contains("bakı");
        assertThat(tokens(az, "Azərbaycanda")).contains("azərbaycan");
        assertThat(tokens(az, "Əliyevə")).contains("əliyev");
        assertThat(tokens(az, "Qarabağdakı")).contains("qarabağ");
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
    void russianFormsOfOneWordMeetAndDifferentWordsStayApart() throws IOException {
        Analyzer ru = SearchAnalyzers.forLanguage(Language.of("ru"));
        assertThat(tokens(ru, "выборами")).containsExactly("выбор");
        assertThat(tokens(ru, "российскому")).isEqualTo(tokens(ru, "российская"));
        assertThat(tokens(ru, "Пакистану")).isEqualTo(tokens(ru, "Пакистан"));
        // Snowball cut these two to one stem, "побед"/"побег": the dictionary keeps victory and escape apart
        assertThat(tokens(ru, "победы")).doesNotContainAnyElementsOf(tokens(ru, "побега"));
        assertThat(tokens(ru, "мира")).doesNotContainAnyElementsOf(tokens(ru, "мирный"));
    }

    @Test
    void russianSurnamesAndForeignNamesKeepOneStemInEveryCase() throws IOException {
        Analyzer ru = SearchAnalyzers.forLanguage(Language.of("ru"));
        for (String form : List.of("Алиеву", "Алиевым", "Алиева", "Алиевой")) {
            assertThat(tokens(ru, form)).as(form).contains("алиев");
        }
        assertThat(tokens(ru, "Алиев")).containsExactly("алиев");
        // Путину and Путина are also forms of путина (the fishing season): the name is among their stems
        for (String form : List.of("Путин", "Путину", "Путина", "Путиным")) {
            assertThat(tokens(ru, form)).as(form).contains("путин");
        }
        assertThat(tokens(ru, "Пескову")).containsExactly("песков");
        assertThat(tokens(ru, "Песков")).contains("песков");
        assertThat(tokens(ru, "Блинкену")).isEqualTo(tokens(ru, "Блинкена"));
    }

    @Test
    void russianReadsYoAsYe() throws IOException {
        Analyzer ru = SearchAnalyzers.forLanguage(Language.of("ru"));
        assertThat(tokens(ru, "ёлка")).isEqualTo(tokens(ru, "елки")).containsExactly("елка");
        assertThat(tokens(ru, "Артём")).isEqualTo(tokens(ru, "Артем"));
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
