package org.gazette.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rules that run after the tagger see every name of a text at once, so a rule that compares each name with
 * every other one would make a long text take hours. These feed them texts of several hundred thousand names
 * built from the very patterns they look for, and expect the work to stay roughly proportional to the text:
 * a few seconds of processor time at most, where a quadratic rule would need minutes.
 */
class NameRulesOnHugeTextsTest {

    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}.]*");

    /** Every capitalised word as a name of the given type: as many names as a text can have. */
    private static List<EntityTags.Span> everyCapitalisedWord(String text, EntityType type) {
        List<EntityTags.Span> names = new ArrayList<>();
        Matcher word = CAPITALISED.matcher(text);
        while (word.find()) {
            names.add(new EntityTags.Span(word.start(), word.end(), type));
        }
        return names;
    }

    private static double processorSeconds(Runnable work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = threads.getCurrentThreadCpuTime();
        work.run();
        return (threads.getCurrentThreadCpuTime() - started) / 1e9;
    }

    @Test
    void the_english_rules_stay_proportional_to_the_text() {
        String text = "Big Red Old New Bank of Acme (ACME) Lee Cheuk-yan pro-Acme Greek court University of the "
                .repeat(40_000);
        List<EntityTags.Span> names = everyCapitalisedWord(text, EntityType.PER);
        List<List<Token>> sentences = Sentences.of(text, new WordSplitter(false).split(text));
        double seconds = processorSeconds(() -> {
            List<EntityTags.Span> ruled =
                    InstitutionNames.join(text, HyphenatedGivenNames.extend(text, AdjectivalNames.drop(text, names)));
            assertThat(RepeatedAcronyms.complete(text, sentences, ruled)).isNotEmpty();
        });
        assertThat(names).hasSizeGreaterThan(400_000);
        assertThat(seconds).isLessThan(10);
    }

    @Test
    void the_russian_rules_stay_proportional_to_the_text() {
        String text = "партии «Зелёный берег» ОАО «Север» (СВР) СВР « ".repeat(60_000);
        List<EntityTags.Span> names = everyCapitalisedWord(text, EntityType.LOC);
        List<List<Token>> sentences = Sentences.of(text, new WordSplitter(true).split(text));
        double seconds = processorSeconds(
                () -> assertThat(RepeatedAcronyms.complete(text, sentences, QuotedOrganisationNames.mark(text, names)))
                        .isNotEmpty());
        assertThat(names).hasSizeGreaterThan(200_000);
        assertThat(seconds).isLessThan(10);
    }
}
