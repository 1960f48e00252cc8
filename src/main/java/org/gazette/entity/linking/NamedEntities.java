package org.gazette.entity.linking;

import java.util.List;

/** How an organisation or place first met in a story is named: each word in its base form. */
final class NamedEntities {

    private NamedEntities() {}

    /**
     * The name with each word's most-stripped reading in Russian and Azerbaijani ({@code Ереване → Ереван},
     * {@code Mərdəkanda → Mərdəkan}) and as written in English. Readings that strip too much are a known
     * weakness; places met often belong in {@code places.tsv}.
     */
    static String baseName(String text, String language) {
        List<String> words = NamePhrase.words(text);
        if (language.equals("en") || words.isEmpty()) {
            return String.join(" ", words).isEmpty() ? text.strip() : String.join(" ", words);
        }
        // only the last word of an Azerbaijani name takes the suffix; Russian inflects all, but adjectives
        // before the noun are beyond these rules, so the last word alone is put in its base form
        List<BaseForm> readings = BaseForms.of(words.get(words.size() - 1), language);
        String last = readings.get(readings.size() - 1).text();
        return String.join(" ", words.subList(0, words.size() - 1)) + (words.size() > 1 ? " " : "") + last;
    }
}
