package org.gazette.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gazette.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped models on the reference story and on awkward input: no crash, offsets in code points. */
class EntityRecognizerTest {

    private static final Language EN = Language.of("en");
    private static final Language RU = Language.of("ru");
    private static final Language AZ = Language.of("az");

    private static EntityRecognizer recognizer;

    @BeforeAll
    static void loadModels() {
        recognizer = new EntityRecognizer();
    }

    private static List<String> names(Language language, String text) {
        return recognizer.find(language, text).stream()
                .map(m -> m.type() + " " + m.text())
                .toList();
    }

    @Test
    void finds_the_people_and_places_of_the_reference_story_in_english() {
        assertThat(names(
                        EN,
                        "US Secretary of State Antony Blinken spoke by telephone with the President of Azerbaijan, "
                                + "Ilham Aliyev, on 16 September. They discussed the peace process with Armenia."))
                .contains("PER Antony Blinken", "PER Ilham Aliyev", "LOC Azerbaijan", "LOC Armenia");
    }

    @Test
    void finds_the_people_and_places_of_the_reference_story_in_russian() {
        assertThat(names(
                        RU,
                        "Государственный секретарь США Энтони Блинкен провёл телефонный разговор с президентом "
                                + "Азербайджана Ильхамом Алиевым. Стороны обсудили мирный процесс с Арменией."))
                .contains("PER Энтони Блинкен", "PER Ильхамом Алиевым", "LOC Азербайджана", "LOC Арменией");
    }

    @Test
    void finds_the_people_and_places_of_the_reference_story_in_azerbaijani() {
        assertThat(names(
                        AZ,
                        "ABŞ-ın dövlət katibi Antoni Blinken Azərbaycan Prezidenti İlham Əliyevə telefonla zəng edib. "
                                + "Söhbət zamanı Ermənistan ilə sülh prosesi müzakirə olunub."))
                .contains("PER Antoni Blinken", "PER İlham Əliyevə", "LOC Ermənistan");
    }

    @Test
    void empty_and_blank_texts_have_no_names() {
        for (Language language : List.of(EN, RU, AZ)) {
            assertThat(recognizer.find(language, "")).isEmpty();
            assertThat(recognizer.find(language, " \n\n\t ")).isEmpty();
        }
    }

    @Test
    void counts_offsets_in_code_points_past_characters_outside_the_basic_plane() {
        String text = "😀😀 Yesterday in London, Angela Merkel met reporters.";
        for (Mention mention : recognizer.find(EN, text)) {
            int start = text.offsetByCodePoints(0, mention.start());
            int end = text.offsetByCodePoints(0, mention.end());
            assertThat(text.substring(start, end)).isEqualTo(mention.text());
        }
        assertThat(names(EN, text)).contains("LOC London");
    }

    @Test
    void a_huge_text_without_punctuation_is_tagged_in_bounded_time() {
        String text = "word Moscow ".repeat(100_000) + "Лондон ".repeat(20_000);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = threads.getCurrentThreadCpuTime();
        List<Mention> mentions = recognizer.find(EN, text);
        // processor time, not wall time: the test machine is shared
        assertThat((threads.getCurrentThreadCpuTime() - started) / 1e9).isLessThan(20);
        int length = text.codePointCount(0, text.length());
        assertThat(mentions).isNotEmpty().allMatch(mention -> mention.end() <= length);
    }

    @Test
    void a_text_made_of_the_name_rules_patterns_is_tagged_whole() {
        String english =
                "Big Red Old New Bank of Acme (ACME) Lee Cheuk-yan pro-Acme Greek court ACME ( ACME (".repeat(2_000);
        String russian = "партии «Зелёный берег» ОАО «Север» (СВР) СВР « ".repeat(2_000);
        assertThat(recognizer.find(EN, english)).isNotEmpty().allMatch(mention -> mention.end() <= english.length());
        assertThat(recognizer.find(Language.of("ru"), russian))
                .isNotEmpty()
                .allMatch(mention -> mention.end() <= russian.length());
    }

    @Test
    void markup_control_characters_and_mixed_scripts_do_not_break_it() {
        List<String> texts = List.of(
                "<p>President <b>Ilham Aliyev</b> visited <a href=\"https://example.org/Paris\">Paris</a>.</p>",
                "Путин and Merkel встретились в Berlin’е; İlham Əliyev — Bakı.",
                "\u0000\u0007 <<<>>> [[[ ]]] \"\"\" ''' ... --- ???",
                "A\u0301B\u0302 Z\u200Bürich \uD800 lonely surrogate \uDFFF",
                "...Mr. .U.S. -- O'Reilly's 'quoted' «цитата» „quote“");
        for (String text : texts) {
            for (Language language : List.of(EN, RU, AZ)) {
                for (Mention mention : recognizer.find(language, text)) {
                    int start = text.offsetByCodePoints(0, mention.start());
                    int end = text.offsetByCodePoints(0, mention.end());
                    assertThat(text.substring(start, end)).isEqualTo(mention.text());
                }
            }
        }
    }

    @Test
    void gives_the_same_names_when_many_threads_share_it() throws Exception {
        String text = "Energy minister Parviz Shahbazov met officials of the World Bank in Baku on Monday. "
                + "Shahbazov later flew to Tbilisi.";
        List<Mention> expected = recognizer.find(EN, text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Mention>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> recognizer.find(EN, text)));
            }
            for (Future<List<Mention>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
