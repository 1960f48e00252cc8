package org.gazette.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The Russian Hunspell dictionary of Alexander I. Lebedev (as Debian packages it in {@code hunspell-ru},
 * shipped in {@code src/main/resources/search/hunspell/} under its BSD-style licence; see NOTICE): about
 * 146,000 stems with the affix rules that make every case, number and gender of them. Loaded once, on
 * first use, and shared: a {@link Dictionary} is safe to read from any thread.
 *
 * <p>The dictionary writes ё where Russian has it, and readers and writers mostly do not: it is read
 * with every ё as е, the way the analysis reads text, so {@code ёлка} and {@code елка} are one word.
 */
final class RussianDictionary {

    private static final String DIRECTORY = "/search/hunspell/";

    private RussianDictionary() {}

    /** The dictionary, loaded on first use (about a second). */
    static Dictionary get() {
        return Holder.DICTIONARY;
    }

    private static final class Holder {
        static final Dictionary DICTIONARY = load();
    }

    private static Dictionary load() {
        try (InputStream affix = withoutYo("ru_RU.aff");
                InputStream words = withoutYo("ru_RU.dic")) {
            return new Dictionary(new ByteBuffersDirectory(), "hunspell", affix, List.of(words), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Russian dictionary", e);
        } catch (ParseException e) {
            throw new IllegalStateException("the Russian dictionary does not parse: " + e.getMessage(), e);
        }
    }

    private static InputStream withoutYo(String name) throws IOException {
        try (InputStream in = RussianDictionary.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IOException("missing resource " + DIRECTORY + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ByteArrayInputStream(
                    text.replace('ё', 'е').replace('Ё', 'Е').getBytes(StandardCharsets.UTF_8));
        }
    }
}
