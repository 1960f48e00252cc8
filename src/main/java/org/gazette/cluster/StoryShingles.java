package org.gazette.cluster;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gazette.text.Language;
import org.gazette.text.SearchCharacters;
import org.springframework.web.util.HtmlUtils;

/**
 * The overlapping runs of {@link #WORDS} words a story is compared by, as 64-bit hashes. Words are read
 * as search reads characters ({@link SearchCharacters}), lower-cased by the rules of the story's
 * language (Azerbaijani dotted and dotless i), with Russian ё read as е. Every number reads as one
 * placeholder word: a re-sent story whose casualty figure or time was updated stays the same story.
 * The language is part of every hash, so two languages never share a shingle.
 */
final class StoryShingles {

    /** Words per shingle: measured on the real corpora (docs/wire-desk.md), three keeps unrelated stories apart. */
    static final int WORDS = 3;
    /** A story's first words are enough to know it; a very long one costs no more than this. */
    static final int MAX_WORDS = 5000;

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final long NUMBER = 0x5bd1e9955bd1e995L;

    private StoryShingles() {}

    /** The distinct shingle hashes of a story, sorted; empty when it has no words at all. */
    static long[] of(Language lang, String headline, String dek, String bodyHtml) {
        String body = bodyHtml == null
                ? ""
                : HtmlUtils.htmlUnescape(TAG.matcher(bodyHtml).replaceAll(" "));
        String text = headline + "\n" + (dek == null ? "" : dek) + "\n" + body;
        long[] words = words(lang, text);
        if (words.length == 0) {
            return words;
        }
        long seed = hash(lang.code());
        int count = Math.max(1, words.length - WORDS + 1);
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            long h = seed;
            for (int j = i; j < Math.min(words.length, i + WORDS); j++) {
                h = mix(h * 0x9E3779B97F4A7C15L + words[j]);
            }
            shingles[i] = h;
        }
        Arrays.sort(shingles);
        int distinct = 0;
        for (int i = 0; i < shingles.length; i++) {
            if (i == 0 || shingles[i] != shingles[i - 1]) {
                shingles[distinct++] = shingles[i];
            }
        }
        return Arrays.copyOf(shingles, distinct);
    }

    /** The story's words as hashes, in order. */
    static long[] words(Language lang, String raw) {
        Locale locale = lang.code().equals("az") ? Locale.forLanguageTag("az") : Locale.ROOT;
        String text = SearchCharacters.normalize(raw).toLowerCase(locale);
        if (lang.code().equals("ru")) {
            text = text.replace('ё', 'е');
        }
        long[] words = new long[Math.min(MAX_WORDS, text.length() / 2 + 1)];
        int count = 0;
        int i = 0;
        while (i < text.length() && count < words.length) {
            int cp = text.codePointAt(i);
            if (!isWordCharacter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean number = Character.isDigit(cp);
            while (i < text.length()) {
                int c = text.codePointAt(i);
                if (isWordCharacter(c)) {
                    i += Character.charCount(c);
                } else if (number
                        && (c == '.' || c == ',')
                        && i + 1 < text.length()
                        && Character.isDigit(text.charAt(i + 1))) {
                    i++; // 7,000 and 7.8 are one number each
                } else {
                    break;
                }
            }
            words[count++] = number ? NUMBER : hash(text.substring(start, i));
        }
        return Arrays.copyOf(words, count);
    }

    private static boolean isWordCharacter(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** FNV-1a over the UTF-16 units, then mixed: a stable hash, the same on every machine and run. */
    static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The finaliser of MurmurHash3: every input bit moves every output bit. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
