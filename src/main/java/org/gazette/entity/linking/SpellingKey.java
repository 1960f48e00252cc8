package org.gazette.entity.linking;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one name word sounds like, roughly, as a short Latin skeleton: two spellings of the same name in
 * English, Russian or Azerbaijani get the same key ({@code Aliyev}, {@code Aliev}, {@code Алиев},
 * {@code Əliyev} are all {@code aliav}). It is a comparison, never a display form.
 *
 * <p>After {@link Romanization}, the folding rules are: digraphs become one sound ({@code dzh}, {@code dj}
 * and {@code j} one, {@code zh}, {@code sh}/{@code shch}/{@code sch}, {@code ch}, {@code kh}/{@code gh}/{@code
 * h}/{@code g} one, because Russian writes h as г or х: Гейдар, Хикмет); {@code y} before a vowel is a glide
 * and goes ({@code Aliyev}/{@code Алиев}), any other {@code y} reads as {@code i} ({@code Zelensky},
 * {@code Зеленский}, {@code Zelenskyy}); {@code e} and {@code a} are one vowel because Azerbaijani ə is
 * written either way ({@code Heydər}/{@code Heydar}, {@code Entoni}/{@code Antony}); {@code w} is
 * {@code v}, {@code q} is {@code k}, {@code ph} is {@code f}, {@code th} is {@code t}; a final {@code b} or
 * {@code d} is devoiced; doubled letters count once. An English {@code c} reads as {@code k}, and also as
 * {@code j} for Turkish names written without their letters ({@code Recep}/{@code Реджеп}), so such a word
 * has two keys.
 */
public record SpellingKey(String value) {

    /** An English i before one consonant and a vowel, which may read as in Biden (Байден). */
    private static final Pattern ENGLISH_LONG_I = Pattern.compile("i(?=[bdfgklmnprstvz][aeiou])");

    public SpellingKey {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a spelling key has at least one letter, got '" + value + "'");
        }
    }

    /** The keys of one word of a text in {@code language} (en, ru, az); empty when no letter survives. */
    public static Set<SpellingKey> of(String word, String language) {
        String latin = Romanization.latin(word, language);
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(latin);
        if (language.equals("en") && Romanization.isPlainLatin(word)) {
            spellings.add(ENGLISH_LONG_I.matcher(latin).replaceAll("ai"));
            for (String spelling : Set.copyOf(spellings)) {
                if (spelling.length() > 2 && spelling.endsWith("e")) {
                    spellings.add(spelling.substring(0, spelling.length() - 1));
                }
            }
        }
        Set<SpellingKey> keys = new LinkedHashSet<>();
        for (String spelling : spellings) {
            String digraphs = folded(spelling);
            if (digraphs.indexOf('c') >= 0) {
                add(keys, digraphs.replace('c', 'k'));
                add(keys, digraphs.replace('c', 'J'));
            } else {
                add(keys, digraphs);
            }
        }
        return keys;
    }

    /** The first key of the word, for display-free comparisons where one key is enough (initials). */
    static String first(String word, String language) {
        Set<SpellingKey> keys = of(word, language);
        return keys.isEmpty() ? "" : keys.iterator().next().value();
    }

    private static void add(Set<SpellingKey> keys, String digraphsFolded) {
        String skeleton = skeleton(digraphsFolded);
        if (!skeleton.isEmpty()) {
            keys.add(new SpellingKey(skeleton));
        }
    }

    /** Digraphs to one placeholder letter each (upper case never occurs in romanised text). */
    private static String folded(String latin) {
        return latin.replace("shch", "S")
                .replace("sch", "S")
                .replace("dzh", "J")
                .replace("dj", "J")
                .replace("zh", "Z")
                .replace("sh", "S")
                .replace("ch", "C")
                .replace("kh", "H")
                .replace("gh", "H")
                .replace("ph", "f")
                .replace("th", "t")
                .replace("ck", "k");
    }

    private static String skeleton(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            char next = i + 1 < folded.length() ? folded.charAt(i + 1) : 0;
            char sound =
                    switch (c) {
                        case 'g', 'h' -> 'H';
                        case 'j', 'Z' -> 'J';
                        case 'w' -> 'v';
                        case 'q' -> 'k';
                        case 'e' -> 'a';
                        case 'y' -> isVowel(next) ? 0 : 'i';
                        default -> c;
                    };
            if (sound != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != sound)) {
                out.append(sound);
            }
        }
        int last = out.length() - 1;
        if (last > 0) {
            if (out.charAt(last) == 'b') {
                out.setCharAt(last, 'p');
            } else if (out.charAt(last) == 'd') {
                out.setCharAt(last, 't');
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    @Override
    public String toString() {
        return value;
    }
}
