package org.gazette.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.ru.RussianLightStemmer;

/**
 * The stems of a lower-cased Russian word (ё read as е):
 * <ul>
 * <li>the <b>dictionary</b>'s lemmas ({@link RussianDictionary}), every one the word can be a form of,
 *     looked up as written and with a capital, since the dictionary writes names with one
 *     ({@code выборами} → {@code выбор}; {@code путина} → {@code путина} the fishing season and
 *     {@code путин}). Forms of one word meet and different words stay apart, as they do not when
 *     endings are cut by rule;</li>
 * <li>for a word shaped like a <b>surname</b> in -ов, -ев, -ин, -ын, the surname without its case
 *     ending too ({@code Алиеву}, {@code Алиевым}, {@code Алиевой} → {@code алиев}; {@code Песков},
 *     which the dictionary reads as a form of {@code песок}, → {@code песков} as well);</li>
 * <li>for a word the dictionary does not know, mostly a foreign name, its case ending cut by Lucene's
 *     light Russian stemmer ({@code Блинкену}, {@code Блинкена} → {@code блинкен}; {@code Обамой} →
 *     {@code обам}), or the dictionary's word for that stem if it has one ({@code Роснефтью} →
 *     {@code роснефть}).</li>
 * </ul>
 * Looking a word up costs tens of microseconds, so stems are remembered (news repeats its words); the
 * memory is shared by every thread and emptied when it grows past {@link #REMEMBERED} words.
 * An instance is not thread-safe (Hunspell keeps buffers): one per token stream.
 */
final class RussianStems {

    /** A surname suffix, then one of the endings a surname declines with. */
    private static final Pattern SURNAME = Pattern.compile("(.{2,}(?:ов|ев|ин|ын))(?:ыми|ых|ым|ой|ою|а|у|е|ы)?");
    /** Instrumental endings that the dictionary sometimes lists as words of their own. */
    private static final Pattern INSTRUMENTAL = Pattern.compile(".{3,}(?:ей|ой|ью)");
    /** What a nominative may end in after a stem: tried in this order against the dictionary. */
    private static final List<String> NOMINATIVE_ENDINGS = List.of("а", "ь", "я", "");

    static final int REMEMBERED = 200_000;
    private static final Map<String, List<String>> REMEMBERED_STEMS = new ConcurrentHashMap<>();

    private final Hunspell dictionary = new Hunspell(RussianDictionary.get());
    private final RussianLightStemmer light = new RussianLightStemmer();

    /** At least one stem, dictionary stems first, without repeats. */
    List<String> of(String word) {
        List<String> stems = REMEMBERED_STEMS.get(word);
        if (stems == null) {
            stems = List.copyOf(look(word));
            if (REMEMBERED_STEMS.size() >= REMEMBERED) {
                REMEMBERED_STEMS.clear();
            }
            REMEMBERED_STEMS.put(word, stems);
        }
        return stems;
    }

    private List<String> look(String word) {
        List<String> stems = new ArrayList<>(2);
        add(stems, dictionary.getRoots(word));
        if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
            add(stems, dictionary.getRoots(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1)));
        }
        Matcher surname = SURNAME.matcher(word);
        if (surname.matches()) {
            add(stems, List.of(surname.group(1)));
        }
        if (stems.isEmpty()
                || stems.size() == 1
                        && stems.get(0).equals(word)
                        && INSTRUMENTAL.matcher(word).matches()) {
            // unknown, or listed as a word of its own although it is a case form (the dictionary has
            // "Польшей" beside "Польша"): the dictionary's word for the stem, else the stem by rule
            String stem = ruleStem(word);
            for (String ending : NOMINATIVE_ENDINGS) {
                List<String> lemma = roots(stem + ending);
                if (!lemma.isEmpty()) {
                    add(stems, lemma);
                    return stems;
                }
            }
            if (stems.isEmpty()) {
                stems.add(stem);
            }
        }
        return stems;
    }

    private List<String> roots(String word) {
        List<String> roots = new ArrayList<>(dictionary.getRoots(word));
        roots.addAll(dictionary.getRoots(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1)));
        return roots;
    }

    /** The word without its case ending: Lucene's light stemmer, which leaves -ью and -ей to us. */
    private String ruleStem(String word) {
        if (word.length() > 4 && (word.endsWith("ью") || word.endsWith("ей"))) {
            return word.substring(0, word.length() - 2);
        }
        char[] letters = word.toCharArray();
        return new String(letters, 0, light.stem(letters, letters.length));
    }

    private static void add(List<String> stems, List<String> roots) {
        for (String root : roots) {
            String text = root.toLowerCase(Locale.ROOT);
            if (!stems.contains(text)) {
                stems.add(text);
            }
        }
    }
}
