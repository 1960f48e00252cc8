package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReaderQueryParserTest {

    private static final ReaderQueryParser PARSER = new ReaderQueryParser(
            SearchAnalyzers.perField(), Map.of("headline_en", 2f, "body_en", 1f, "headline_az", 2f, "fold_head", 1f));

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(
            delimiterString = " => ",
            value = {
                "oil gas => oil gas",
                "oil OR gas => (oil | gas)",
                "war oil OR gas OR coal peace => war (oil | gas | coal) peace",
                "OR oil OR => oil",
                "oil AND gas => oil gas",
                "oil NOT gas => oil -gas",
                "NOT \"gas field\" => -\"gas field\"",
                "-\"gas field\" oil => -\"gas field\" oil",
                "“gas field” => \"gas field\"",
                "«газовое месторождение» => \"газовое месторождение\"",
                "\"unbalanced quote => unbalanced quote",
                "\"\" oil => oil",
                "a\"b\"c => a \"b\" c"
            })
    void readerSyntaxBecomesParserOperators(String typed, String operators) {
        assertThat(ReaderQueryParser.toOperators(typed)).isEqualTo(operators);
    }

    @Test
    void aQueryOfOnlyOperatorsMatchesNothing() {
        assertThat(PARSER.parseReader("OR AND")).isInstanceOf(MatchNoDocsQuery.class);
    }

    @Test
    void phrasesExclusionsAndAlternativesParse() {
        String query = PARSER.parseReader("\"peace talks\" -sport oil OR gas").toString();
        assertThat(query).contains("headline_en:\"peac talk\"").contains("+(-(").contains("headline_en:sport");
        assertThat(query)
                .as("the alternatives are one required clause")
                .contains("+((")
                .contains("headline_en:oil")
                .contains("headline_en:ga");
    }

    @Test
    void azerbaijaniWordsAreSearchedByTheirStemsNotAsPrefixes() {
        assertThat(PARSER.parseReader("Bakının").toString())
                .contains("headline_az:bakı ")
                .doesNotContain("*");
    }

    @Test
    void noInputFailsToParse() {
        // replayable: the seed is fixed, so a failure here fails the same way every time
        Random random = new Random(42);
        String alphabet = "ab \"-()|*~+:^\\/!?&{}[]OR AND NOT İıəЁ\u0000\u200b😀";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Query query = PARSER.parseReader(SearchText.from(text.toString()).value());
            assertThat(query).as("query for [%s]", text).isNotNull();
        }
    }
}
