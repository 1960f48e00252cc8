package org.gazette.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A language's dictionary read as two word lists: words it writes in lower case (common words, so a
 * capitalised one is probably at the start of a sentence) and words it capitalises (names). Russian:
 * the stems of the Hunspell dictionary Gazette already ships for search ({@code
 * /search/hunspell/ru_RU.dic}), whose affix rules are not applied ({@link WordStems} stands in for them);
 * English: the SCOWL word list as Debian's {@code wamerican} ships it, less possessives. See NOTICE.
 */
final class DictionaryWords {

    private static final String RUSSIAN = "/search/hunspell/ru_RU.dic";
    private static final String ENGLISH = "/org/gazette/entity/words-en.txt.gz";

    private final Set<String> common = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    private DictionaryWords() {}

    static DictionaryWords none() {
        return new DictionaryWords();
    }

    static DictionaryWords russian() {
        return read(RUSSIAN, true, Locale.forLanguageTag("ru"));
    }

    static DictionaryWords english() {
        return read(ENGLISH, false, Locale.ENGLISH);
    }

    private static DictionaryWords read(String resource, boolean counted, Locale locale) {
        DictionaryWords words = new DictionaryWords();
        try (InputStream raw = DictionaryWords.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("the word list " + resource + " is missing");
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (counted) {
                reader.readLine(); // Hunspell's word count
            }
            String line;
            while ((line = reader.readLine()) != null) {
                int slash = line.indexOf('/');
                String word = (slash < 0 ? line : line.substring(0, slash)).strip();
                if (word.isEmpty()) {
                    continue;
                }
                String lower = word.toLowerCase(locale).replace('ё', 'е');
                (Character.isUpperCase(word.codePointAt(0)) ? words.names : words.common).add(lower);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** Whether a lower-case word is a common word, as it stands. */
    boolean isCommon(String lower) {
        return common.contains(lower.replace('ё', 'е'));
    }

    /** Whether a lower-case word is a common word, allowing for different endings. */
    boolean isCommonStem(String lower) {
        return matches(common, lower);
    }

    boolean isName(String lower) {
        return names.contains(lower.replace('ё', 'е'));
    }

    boolean isNameStem(String lower) {
        return matches(names, lower);
    }

    private static boolean matches(Set<String> set, String lower) {
        String plain = lower.replace('ё', 'е');
        for (String key : WordStems.lookedUp(plain)) {
            if (set.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
