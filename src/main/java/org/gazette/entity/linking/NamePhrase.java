package org.gazette.entity.linking;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The comparable keys of a name of an organisation or place. One word compares by its {@link SpellingKey}s
 * ({@code Bakı}, {@code Baku}); a phrase compares word by word on stems, the keys with their last vowels and
 * the sounds of case endings cut ({@code Министерство иностранных дел} and {@code Министерства иностранных
 * дел} share a key), which is enough for names that are mostly nouns and adjectives.
 */
final class NamePhrase {

    private static final int MAX_KEYS = 64;
    private static final String ENDING_SOUNDS = "aiouHm";

    private NamePhrase() {}

    /** The words of a name, without the punctuation and quotes around them. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : text.strip().split("\\s+")) {
            String word = trimmed(raw);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The keys of a name as written (an entity's own name): no inflection is undone. */
    static Set<String> keysAsWritten(String text, String language) {
        return keys(text, language, false);
    }

    /** The keys of a name as it occurs in text, every reading of its inflected words included. */
    static Set<String> keysInText(String text, String language) {
        return keys(text, language, true);
    }

    private static Set<String> keys(String text, String language, boolean inflected) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return Set.of();
        }
        boolean phrase = words.size() > 1;
        Set<String> keys = new LinkedHashSet<>();
        keys.add("");
        for (String word : words) {
            Set<String> wordKeys = new LinkedHashSet<>();
            List<String> readings = inflected
                    ? BaseForms.of(word, language).stream().map(BaseForm::text).toList()
                    : List.of(word);
            for (String reading : readings) {
                for (SpellingKey key : SpellingKey.of(reading, language)) {
                    wordKeys.add(phrase ? stem(key.value()) : key.value());
                }
            }
            if (wordKeys.isEmpty()) {
                continue;
            }
            Set<String> longer = new LinkedHashSet<>();
            for (String prefix : keys) {
                for (String wordKey : wordKeys) {
                    if (longer.size() < MAX_KEYS) {
                        longer.add(prefix.isEmpty() ? wordKey : prefix + " " + wordKey);
                    }
                }
            }
            keys = longer;
        }
        keys.remove("");
        return keys;
    }

    private static String stem(String key) {
        int end = key.length();
        while (end > 3 && ENDING_SOUNDS.indexOf(key.charAt(end - 1)) >= 0) {
            end--;
        }
        return key.substring(0, end);
    }

    private static String trimmed(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && !Character.isLetterOrDigit(raw.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(raw.charAt(end - 1)) && raw.charAt(end - 1) != '.') {
            end--;
        }
        return raw.substring(start, end);
    }
}
