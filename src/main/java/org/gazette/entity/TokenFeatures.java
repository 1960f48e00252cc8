package org.gazette.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The evidence the tagger weighs for each token of a sentence, as feature names: the word itself and
 * its neighbours, its shape ("Xx", "X.X.", "xd") and endings, its capitalisation and place in the
 * sentence, whether it sits inside quotation marks (and after which word they open), whether the lists of
 * place and language names know it (see {@link KnownNames}), whether it is part of a person's,
 * organisation's or place's name that WordNet lists, whether a cue word marks it (a title before it, an
 * organisation's head word in its run of capitalised words; see {@link CueWords}), whether the language's
 * dictionary has it as a common word or a name, and what the rest of the document does with it.
 *
 * <p>Every feature comes twice, as itself and prefixed with the language ("ru:w=москва"), so that one
 * model can learn from gold data in several languages at once: what holds in every language (shapes,
 * capitalisation, the word lists) is learnt from all of it, what holds in one language from that one
 * (Daumé's "frustratingly easy" domain adaptation).
 */
final class TokenFeatures {

    private final Locale locale;
    private final String languageTag;
    private final KnownNames known;
    private final DictionaryWords dictionary;
    private final CueWords cues;

    TokenFeatures(Locale locale, KnownNames known, DictionaryWords dictionary) {
        this.locale = locale;
        this.languageTag = locale.getLanguage() + ":";
        this.known = known;
        this.dictionary = dictionary;
        this.cues = CueWords.of(locale);
    }

    Locale locale() {
        return locale;
    }

    List<String[]> of(List<Token> sentence, DocumentWords document) {
        int n = sentence.size();
        String[] lower = new String[n];
        String[] shape = new String[n];
        String[] kind = new String[n];
        KnownNames.Kind[] listedStem = new KnownNames.Kind[n];
        boolean[] quoted = quotedTokens(sentence);
        for (int i = 0; i < n; i++) {
            String text = sentence.get(i).text();
            lower[i] = text.toLowerCase(locale);
            shape[i] = shape(text);
            kind[i] = capitalisation(text);
            listedStem[i] = known.kindOfStem(lower[i]);
        }
        String[] named = namesInList(lower, kind);
        CueWords.Cue[] cue = new CueWords.Cue[n];
        for (int i = 0; i < n; i++) {
            cue[i] = cues.of(lower[i]);
        }
        List<String[]> features = new ArrayList<>(n);
        List<String> f = new ArrayList<>(48);
        for (int i = 0; i < n; i++) {
            f.clear();
            String w = lower[i];
            boolean opens = opensSentence(sentence, i);
            f.add("b");
            f.add("w=" + w);
            f.add("s=" + shape[i]);
            f.add("k=" + kind[i] + (opens ? "^" : ""));
            f.add("len=" + Math.min(w.length(), 8));
            for (int cut = 1; cut <= 4 && cut < w.length(); cut++) {
                f.add("x" + cut + "=" + w.substring(w.length() - cut));
            }
            if (w.length() > 3) {
                f.add("p3=" + w.substring(0, 3));
            }
            f.add("st=" + stem(w));
            f.add("st-1=" + stem(at(lower, i - 1)));
            f.add("st+1=" + stem(at(lower, i + 1)));
            f.add("w-1=" + at(lower, i - 1));
            f.add("w+1=" + at(lower, i + 1));
            f.add("w-2=" + at(lower, i - 2));
            f.add("w+2=" + at(lower, i + 2));
            f.add("w-1w=" + at(lower, i - 1) + "|" + w);
            f.add("ww+1=" + w + "|" + at(lower, i + 1));
            f.add("s-1s=" + at(shape, i - 1) + "|" + shape[i]);
            f.add("ss+1=" + shape[i] + "|" + at(shape, i + 1));
            f.add("k-1k+1=" + at(kind, i - 1) + "|" + kind[i] + "|" + at(kind, i + 1));
            String previous = at(lower, i - 1);
            if (previous.length() > 3) {
                f.add("x3-1=" + previous.substring(previous.length() - 3));
            }
            String next = at(lower, i + 1);
            if (next.length() > 3) {
                f.add("x3+1=" + next.substring(next.length() - 3));
            }
            if (quoted[i]) {
                f.add("q|" + kind[i]);
                f.add("qh=" + quoteHead(lower, sentence, i));
            }
            KnownNames.Kind listed = known.kindOf(w);
            if (listed != null) {
                f.add("g=" + listed + "|" + kind[i]);
            } else if (listedStem[i] != null) {
                f.add("g~=" + listedStem[i] + "|" + kind[i]);
            }
            for (int d = -1; d <= 1; d += 2) {
                if (i + d >= 0 && i + d < n && listedStem[i + d] != null) {
                    f.add("g" + d + "=" + listedStem[i + d]);
                }
            }
            String start = opens ? "^" : "";
            if (dictionary.isCommon(w)) {
                f.add("dc|" + kind[i] + start);
            } else if (dictionary.isCommonStem(w)) {
                f.add("dc~|" + kind[i] + start);
            }
            if (dictionary.isName(w)) {
                f.add("dn|" + kind[i]);
            } else if (dictionary.isNameStem(w)) {
                f.add("dn~|" + kind[i]);
            }
            if (!kind[i].equals("x")) {
                if (document.writesInLowerCase(w)) {
                    f.add("doc-lower|" + (opens ? "^" : ""));
                }
                if (document.capitalisesInside(w)) {
                    f.add("doc-cap|" + (opens ? "^" : ""));
                }
            }
            if (named[i] != null) {
                f.add("gz=" + named[i]);
                f.add("gz=" + named[i] + "|" + kind[i]);
            }
            int wordTypes = known.typesOfWord(w);
            if (wordTypes != 0 && !kind[i].equals("x")) {
                f.add("gzw=" + wordTypes + "|" + kind[i]);
            }
            cueFeatures(f, cue, kind, lower, i);
            features.add(inBothForms(f));
        }
        return features;
    }

    /**
     * Cue words near the token: its own cue, a title just before it, and an organisation's head word
     * further on (or before it) in the same run of capitalised words ("Ministry of Foreign Affairs",
     * "Bakı Dövlət Universiteti").
     */
    private void cueFeatures(List<String> f, CueWords.Cue[] cue, String[] kind, String[] lower, int i) {
        int n = cue.length;
        if (cue[i] != null) {
            f.add("cue=" + cue[i] + "|" + kind[i]);
        }
        int before = i - 1;
        if (before >= 0 && lower[before].equals(".")) {
            before--;
        }
        if (before >= 0 && cue[before] == CueWords.Cue.TITLE) {
            f.add("cue-1=TITLE|" + kind[i]);
        }
        if (kind[i].equals("x") || kind[i].equals("p")) {
            return;
        }
        for (int j = i + 1; j < n && j <= i + 4; j++) {
            if (cue[j] == CueWords.Cue.ORG) {
                f.add("cue>ORG|" + kind[j]);
                break;
            }
            if (!inName(kind[j], lower[j])) {
                break;
            }
        }
        for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
            if (cue[j] == CueWords.Cue.ORG && !kind[j].equals("x")) {
                f.add("cue<ORG");
                break;
            }
            if (!inName(kind[j], lower[j])) {
                break;
            }
        }
    }

    /** Whether a token can stand inside a capitalised name: a capitalised word, a number or a joining word. */
    private static boolean inName(String kind, String lower) {
        return switch (kind) {
            case "Xx", "XX", "d" -> true;
            case "x" -> lower.equals("of") || lower.equals("for") || lower.equals("and") || lower.equals("the");
            default ->
                lower.equals("«") || lower.equals("»") || lower.equals("\"") || lower.equals("-") || lower.equals("&");
        };
    }

    /**
     * Where the sentence's words spell a name of the WordNet list (longest first, starting at a
     * capitalised word): for each token, "B" or "I" and the name's types, or null.
     */
    private String[] namesInList(String[] lower, String[] kind) {
        String[] named = new String[lower.length];
        for (int i = 0; i < lower.length; ) {
            int length = kind[i].startsWith("X") ? known.longestNameAt(lower, i) : 0;
            if (length == 0 || !kind[i + length - 1].startsWith("X")) {
                i++;
                continue;
            }
            int types = known.typesOfName(lower, i, length);
            for (int j = i; j < i + length; j++) {
                named[j] = (j == i ? "B" : "I") + types + (length == 1 ? "1" : "");
            }
            i += length;
        }
        return named;
    }

    /** The features of a second pass: those of the first, and what the first pass found. */
    List<String[]> withFirstPass(List<Token> sentence, List<String[]> first, int[] firstTags, FirstPassNames names) {
        List<String[]> features = new ArrayList<>(first.size());
        List<String> f = new ArrayList<>(8);
        for (int i = 0; i < first.size(); i++) {
            f.clear();
            names.describe(sentence, firstTags, i, f);
            String[] extra = inBothForms(f);
            String[] all = new String[first.get(i).length + extra.length];
            System.arraycopy(first.get(i), 0, all, 0, first.get(i).length);
            System.arraycopy(extra, 0, all, first.get(i).length, extra.length);
            features.add(all);
        }
        return features;
    }

    private String[] inBothForms(List<String> f) {
        String[] both = new String[f.size() * 2];
        for (int j = 0; j < f.size(); j++) {
            both[2 * j] = f.get(j);
            both[2 * j + 1] = languageTag + f.get(j);
        }
        return both;
    }

    /** Whether the token is the first word of its sentence, allowing for an opening quote or dash. */
    static boolean opensSentence(List<Token> sentence, int i) {
        for (int j = 0; j < i; j++) {
            String text = sentence.get(j).text();
            if (WordSplitter.isWordCharacter(text.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] quotedTokens(List<Token> sentence) {
        boolean[] quoted = new boolean[sentence.size()];
        int depth = 0;
        boolean straight = false;
        for (int i = 0; i < sentence.size(); i++) {
            String t = sentence.get(i).text();
            switch (t) {
                case "«", "“", "„" -> depth++;
                case "»", "”" -> depth = Math.max(0, depth - 1);
                case "\"" -> straight = !straight;
                default -> quoted[i] = depth > 0 || straight;
            }
        }
        return quoted;
    }

    /** The stem of the word before the quotation mark that opens the quote a token stands in. */
    private static String quoteHead(String[] lower, List<Token> sentence, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String t = sentence.get(j).text();
            if (t.equals("«") || t.equals("“") || t.equals("„") || t.equals("\"")) {
                return stem(at(lower, j - 1));
            }
        }
        return "?";
    }

    /** The first five letters of a word: a stand-in for its stem that ignores inflection. */
    private static String stem(String lower) {
        return lower.length() <= 5 ? lower : lower.substring(0, 5);
    }

    private static String at(String[] values, int i) {
        if (i < 0) {
            return "<s>";
        }
        return i >= values.length ? "</s>" : values[i];
    }

    static String shape(String text) {
        StringBuilder shape = new StringBuilder();
        char last = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            char c;
            if (Character.isUpperCase(cp)) {
                c = 'X';
            } else if (Character.isLetter(cp)) {
                c = 'x';
            } else if (Character.isDigit(cp)) {
                c = 'd';
            } else {
                c = cp < 128 ? (char) cp : '*';
            }
            if (c != last) {
                shape.append(c);
                last = c;
            }
            i += Character.charCount(cp);
        }
        return shape.toString();
    }

    private static String capitalisation(String text) {
        int first = text.codePointAt(0);
        if (Character.isUpperCase(first)) {
            boolean allUpper = text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
            return allUpper && text.codePointCount(0, text.length()) > 1 ? "XX" : "Xx";
        }
        if (Character.isLowerCase(first)) {
            return "x";
        }
        return Character.isDigit(first) ? "d" : "p";
    }
}
