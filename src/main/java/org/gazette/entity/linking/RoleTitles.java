package org.gazette.entity.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Titles that say a person's role, in en, ru and az ({@code roles.tsv}): {@code President}, {@code президента},
 * {@code Prezidenti}, {@code dövlət katibi}. A word of a title matches a word of text that starts with it, so
 * inflected titles match; where titles overlap the longest wins, so {@code former president} and
 * {@code vice-president} are not {@code president}.
 */
public final class RoleTitles {

    /** Titles are looked for in the last words before a name, no further. */
    static final int WINDOW_WORDS = 6;

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern PUNCTUATION = Pattern.compile("[,;:.!?()«»\"—]");

    private record Title(String role, List<String> words) {}

    private final List<Title> titles;

    private RoleTitles(List<Title> titles) {
        this.titles = titles.stream()
                .sorted(Comparator.comparing((Title title) -> title.words().size())
                        .reversed())
                .toList();
    }

    /** The titles Gazette ships. */
    public static RoleTitles shipped() {
        List<Title> titles = new ArrayList<>();
        for (List<String> row : GazetteerFile.rows("roles.tsv", 3)) {
            titles.add(new Title(row.get(0), words(row.get(2))));
        }
        return new RoleTitles(titles);
    }

    /**
     * The roles of the titles that stand before a name: in the last {@value #WINDOW_WORDS} words of the text, with
     * no punctuation after the title but on the very last word ({@code Secretary of State, Antony Blinken}), so a
     * title set off for someone else ({@code Blinken, the secretary of state, met Aliyev}) is not Aliyev's.
     */
    Set<String> rolesBefore(String text) {
        List<String> raw = new ArrayList<>();
        for (String token : text.split("\\s+")) {
            if (!stripped(token).isEmpty()) {
                raw.add(token);
            }
        }
        List<String> tokens = raw.subList(Math.max(0, raw.size() - WINDOW_WORDS), raw.size());
        List<String> window = tokens.stream().map(RoleTitles::stripped).toList();
        Set<String> roles = new LinkedHashSet<>();
        int i = 0;
        while (i < window.size()) {
            Title title = titleAt(window, i);
            if (title == null) {
                i++;
                continue;
            }
            int end = i + title.words().size();
            boolean setOff = false;
            for (int j = i; j < tokens.size() - 1; j++) {
                setOff |= PUNCTUATION.matcher(tokens.get(j)).find();
            }
            if (!setOff) {
                roles.add(title.role());
            }
            i = end;
        }
        return roles;
    }

    /** How many of the first words are a title, as a person mention may begin with one. */
    int leadingTitleWords(List<String> mentionWords) {
        List<String> lower = mentionWords.stream().map(RoleTitles::lower).toList();
        int i = 0;
        Title title;
        while (i < lower.size() && (title = titleAt(lower, i)) != null) {
            i += title.words().size();
        }
        return i;
    }

    /** The roles of the titles a person mention begins with. */
    Set<String> leadingRoles(List<String> mentionWords) {
        List<String> lower = mentionWords.stream().map(RoleTitles::lower).toList();
        Set<String> roles = new LinkedHashSet<>();
        int i = 0;
        Title title;
        while (i < lower.size() && (title = titleAt(lower, i)) != null) {
            roles.add(title.role());
            i += title.words().size();
        }
        return roles;
    }

    private Title titleAt(List<String> words, int start) {
        for (Title title : titles) {
            if (start + title.words().size() > words.size()) {
                continue;
            }
            boolean matches = true;
            for (int j = 0; j < title.words().size() && matches; j++) {
                matches = words.get(start + j).startsWith(title.words().get(j));
            }
            if (matches) {
                return title;
            }
        }
        return null;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : text.split("\\s+")) {
            String word = stripped(raw);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String stripped(String token) {
        return EDGE_PUNCTUATION.matcher(lower(token)).replaceAll("");
    }

    private static String lower(String word) {
        // Azerbaijani capitals lower-case correctly only in its own locale (İ → i, I → ı); titles are
        // written in lower case with the letters of their language, so the root locale is close enough
        // for the other two and the dotted İ is the one letter to fix
        return word.replace("İ", "i").toLowerCase(Locale.ROOT);
    }
}
