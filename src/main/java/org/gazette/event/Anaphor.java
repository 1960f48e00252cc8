package org.gazette.event;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.text.Language;

/**
 * A subject given only by a pronoun ("He also met…", "— сказал он", "O, həmçinin…") or by a bare title ("The
 * minister said…", "Министр заявил…", "Nazir bildirib…"), which stands for a person named earlier in the story.
 * Only third person singular pronouns count: "they", "we", "I", "you" stand for nobody the extractor can name.
 * A title counts when it is the whole subject: at most a few words before it ("The Russian foreign minister"),
 * no name after it. The country a title phrase writes ("The Russian foreign minister") must agree with the
 * antecedent's when both are known.
 */
record Anaphor(Optional<String> title, Optional<String> country) {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final String ADVERBS = "(also|later|then|again|subsequently|meanwhile|earlier|further|"
            + "также|тоже|затем|позже|позднее|потом|ранее|уже|вновь|снова|кроме того|"
            + "həmçinin|sonra|daha sonra|da|də|isə|eyni zamanda|bundan əlavə|\\w+ly)";

    /** A pronoun subject right before the verb: "he said", "Он также провёл", "she has met". */
    private static final Pattern PRONOUN_BEFORE =
            Pattern.compile("(^|[^\\p{L}])(he|she|он|она)\\s*,?\\s+((" + ADVERBS + "|has|had)\\s*,?\\s+)*$", FLAGS);

    /**
     * A pronoun that opens the sentence, its verb later: "He, along with…, visited", "O, həmçinin Fransa prezidenti
     * ilə görüşüb". The Azerbaijani "o" is also "that" ("o vaxt"), so it counts only with a comma or a particle.
     */
    private static final Pattern PRONOUN_OPENING = Pattern.compile(
            "^[\\s\"«“„'(—–-]*(later,\\s*|then,\\s*|затем\\s+|позже\\s+|sonra\\s+)?"
                    + "((he|she|он|она)(\\s*,\\s*|\\s+)|o(\\s*,\\s*|\\s+(həmçinin|da|isə|daha sonra|eyni zamanda)\\b))",
            FLAGS);

    /** Words that may open a bare title's phrase in capitals: "The minister", "Former President", "Новый мэр". */
    private static final Pattern OPENING_WORD = Pattern.compile(
            "the|a|its|his|her|former|new|acting|outgoing|then|новый|новая|бывший|бывшая|действующий|нынешний|"
                    + "yeni|keçmiş|sabiq",
            FLAGS);

    /** A title word that is an adjective ("Президентская администрация"), not a person. */
    private static final Pattern ADJECTIVE = Pattern.compile(".*(ск|цк)\\p{L}*$", FLAGS);

    /** A pronoun right after a verb of saying that comes first: "— сказал он", "said he". */
    private static final Pattern PRONOUN_AFTER = Pattern.compile("^\\s*(он|она|he|she)\\b", FLAGS);

    /** What may stand before a bare title: an article, a country or nationality word, "former", "new". */
    private static final Map<String, Pattern> TITLE_LEAD = Map.of(
            "en", Pattern.compile("^[\\s\"“(]*(the|a|its|his|her)?\\s*([\\p{L}.'’-]+\\s+){0,3}$", FLAGS),
            "ru", Pattern.compile("^[\\s\"«(]*([\\p{L}-]+\\s+){0,2}$", FLAGS),
            "az", Pattern.compile("^[\\s\"«(]*([\\p{L}-]+\\s+){0,2}$", FLAGS));

    /** What may stand between a bare title and its verb: the country or ministry it heads, an adverb. */
    private static final Pattern TITLE_TAIL = Pattern.compile("^\\s*(([\\p{L}’'-]+)\\s*,?\\s*){0,3}$", FLAGS);

    /**
     * The anaphor that is the subject of the verb at {@code trigger} in {@code clause}, if any. {@code namesBefore}
     * tells whether a person is named before the verb, in which case that person is the subject.
     */
    static Optional<Anaphor> subjectOf(Language lang, String clause, int trigger, int triggerEnd, boolean namesBefore) {
        if (trigger < 0 || trigger > clause.length()) {
            return Optional.empty();
        }
        String lead = clause.substring(0, trigger);
        boolean verbLast = lang.code().equals("az"); // "O, həmçinin Makron ilə görüşüb": the object comes first
        if (verbLast && PRONOUN_OPENING.matcher(lead).find()) {
            return Optional.of(new Anaphor(Optional.empty(), Optional.empty()));
        }
        if (namesBefore) {
            return Optional.empty();
        }
        String after = clause.substring(Math.min(triggerEnd, clause.length()));
        if (PRONOUN_BEFORE.matcher(lead).find() || PRONOUN_OPENING.matcher(lead).find()) {
            return Optional.of(new Anaphor(Optional.empty(), Optional.empty()));
        }
        if (lead.isBlank() || lead.matches("(?s).*[,—–-]\\s*$")) {
            Matcher after3 = PRONOUN_AFTER.matcher(after);
            if (after3.find()) {
                return Optional.of(new Anaphor(Optional.empty(), Optional.empty()));
            }
        }
        Optional<Titles.Found> title = Titles.in(lang, lead);
        if (title.isPresent()) {
            String before = lead.substring(0, title.get().start());
            String tail = lead.substring(title.get().end());
            Pattern leadPattern = TITLE_LEAD.getOrDefault(lang.code(), TITLE_LEAD.get("en"));
            String written = lead.substring(title.get().start(), title.get().end());
            if (leadPattern.matcher(before).find()
                    && TITLE_TAIL.matcher(tail).find()
                    && !ADJECTIVE.matcher(written).matches()
                    && noNameIn(before, true)
                    && noNameIn(tail, false)) {
                return Optional.of(new Anaphor(Optional.of(title.get().title()), Countries.in(before + " " + tail)));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the words around a bare title name nobody the recogniser missed: a word in capitals is a country
     * ("Russian", "России") or, opening the sentence, an article or "Former"; anything else may be a name
     * ("President Putin said" with Putin untagged), and then the title is not bare.
     */
    private static boolean noNameIn(String words, boolean opening) {
        boolean first = opening;
        for (String word : words.strip().split("[\\s,]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String bare = word.replaceAll("^[\"«“(]+", "");
            boolean capital = !bare.isEmpty() && Character.isUpperCase(bare.codePointAt(0));
            boolean allowed = !capital
                    || Countries.in(bare).isPresent()
                    || (first && OPENING_WORD.matcher(bare).matches())
                    || bare.equals(bare.toUpperCase(java.util.Locale.ROOT)) && bare.length() <= 5;
            if (!allowed) {
                return false;
            }
            first = false;
        }
        return true;
    }

    boolean pronoun() {
        return title.isEmpty();
    }
}
