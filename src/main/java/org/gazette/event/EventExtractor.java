package org.gazette.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.entity.EntityType;
import org.gazette.entity.Mention;
import org.gazette.text.Language;

/**
 * Finds events in a story, one sentence at a time, by rules: a trigger word of an {@link EventType} in the
 * language, the linked mentions of the sentence as its actors, the date written in it (else the story's), and
 * the topics of the sentence and of the sentences that carry on about the same call or meeting. Rules rather
 * than a model because there is no training data in three languages, and because an editor can read why an
 * event came out. The rules are in {@code docs/events.md}.
 *
 * <p>Thread-safe and stateless: one instance serves every thread. Bad input gives no exception: an empty text or
 * no mentions give no events, mentions outside the text are ignored, and a text longer than {@value #LONGEST_TEXT}
 * chars is read up to there. Work per sentence is bounded ({@link EventSentences#LONGEST} chars).
 */
public final class EventExtractor {

    /** Texts are read up to this many chars; a story is never near it. */
    static final int LONGEST_TEXT = 2_000_000;

    /** A call or meeting takes at most this many following sentences as its own. */
    static final int CONVERSATION_SENTENCES = 12;

    static final int MOST_ACTORS = 8;

    private static final EventExtractor SHIPPED = new EventExtractor();

    private static final Pattern SEPARATOR = Pattern.compile(
            "[,;:()\\[\\]«»\"“”—–]|\\s(and|with|to|by|и|с|со|və|ilə)\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern LOCATIVE = Pattern.compile(
            "(\\b(in|at|near|from|в|во|на|из|под|около|у)\\s+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern PRONOUN_SUBJECT = Pattern.compile(
            "\\b(he|she|they|it|we|i|you|он|она|они|оно|мы|я|вы|o|onlar|biz|mən)\\s+(also\\s+|также\\s+|тоже\\s+|\\w+ly\\s+|has\\s+|have\\s+|had\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern COMITATIVE_BEFORE = Pattern.compile(
            "\\b(with|to|с|со)\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern COMITATIVE_AFTER = Pattern.compile(
            "^\\s+(ilə|ile)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** What stands before a verb that comes before its subject: a closing quote, a dash, a comma, "как", "об этом". */
    /** A common noun right before the verb is its subject ("…, the club said"): the speaker is not a name. */
    private static final Pattern COMMON_NOUN_SUBJECT = Pattern.compile(
            "\\b(the|a|an|this|that|its|their|his|her)\\s+(\\p{Ll}[\\p{L}-]*\\s+){1,2}$",
            Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** A trigger whose speaker always follows it. */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "according to\\b|по словам\\b|по данным\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern INVERSION = Pattern.compile(
            "([,\"»”—–:-]\\s*|\\b(как|об этом|о чем|о чём|as)\\s+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** The extractor with the rules Gazette ships. */
    public static EventExtractor shipped() {
        return SHIPPED;
    }

    /**
     * An actor candidate: a mention clipped to its sentence, as char offsets into the text; or the person a pronoun
     * or bare title stands for ({@code standsFor}, placed at the start of the sentence, where the subject is).
     */
    private record Candidate(
            int start, int end, EntityType type, String text, Optional<String> key, EventActor standsFor) {

        Candidate(int start, int end, EntityType type, String text, Optional<String> key) {
            this(start, end, type, text, key, null);
        }

        static Candidate standingFor(EventActor person, int at) {
            return new Candidate(at, at, EntityType.PER, person.name(), person.entityKey(), person);
        }
    }

    /** A call or meeting whose following sentences are still about it. */
    private static final class Conversation {
        final StoryEventDraft draft;
        int sentencesLeft = CONVERSATION_SENTENCES;

        Conversation(StoryEventDraft draft) {
            this.draft = draft;
        }
    }

    private static final class StoryEventDraft {
        EventType type;
        LocalDate date;
        int start;
        int end;
        String sentence;
        List<EventActor> actors;
        boolean people;
        Set<String> topics = new LinkedHashSet<>();

        StoryEvent build() {
            List<String> ordered =
                    Topics.ALL.stream().map(Topic::key).filter(topics::contains).toList();
            return new StoryEvent(type, date, start, end, sentence, actors, ordered);
        }
    }

    /**
     * The events of a story. {@code text} is the story's text, {@code mentions} the linked mentions found in it
     * (code point offsets into {@code text}); {@code storyDate} is the day the story was published, which dates
     * resolve against.
     */
    public List<StoryEvent> extract(Language lang, LocalDate storyDate, String text, List<LinkedMention> mentions) {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(storyDate, "storyDate");
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.length() > LONGEST_TEXT) {
            int cut = LONGEST_TEXT;
            if (Character.isLowSurrogate(text.charAt(cut))) {
                cut--;
            }
            text = text.substring(0, cut);
        }
        List<Candidate> candidates = candidates(text, mentions == null ? List.of() : mentions);
        List<StoryEventDraft> drafts = new ArrayList<>();
        Conversation conversation = null;
        StoryPeople people = new StoryPeople();
        int index = -1;
        int from = 0;
        for (EventSentences.Range range : EventSentences.of(text)) {
            index++;
            String sentence = text.substring(range.start(), range.end());
            while (from < candidates.size() && candidates.get(from).end() <= range.start()) {
                from++;
            }
            List<Candidate> inSentence = new ArrayList<>();
            for (int i = from; i < candidates.size() && candidates.get(i).start() < range.end(); i++) {
                Candidate clipped = clip(candidates.get(i), range, text);
                if (clipped != null) {
                    inSentence.add(clipped);
                }
            }
            Reading reading = read(lang, storyDate, text, range, sentence, inSentence, conversation, people, index);
            people.named(index, peopleOf(lang, text, range, inSentence, reading.subject()));
            if (reading.drafts().isEmpty()) {
                if (conversation != null) {
                    conversation.draft.topics.addAll(Topics.in(lang, sentence));
                    if (--conversation.sentencesLeft == 0) {
                        conversation = null;
                    }
                }
                continue;
            }
            drafts.addAll(reading.drafts());
            StoryEventDraft last = reading.drafts().get(reading.drafts().size() - 1);
            conversation = last.type == EventType.CALL || last.type == EventType.MEET ? new Conversation(last) : null;
        }
        return drafts.stream().map(StoryEventDraft::build).toList();
    }

    /**
     * What a sentence gives: its events, none when it reports none or carries on the conversation under way (a
     * participant's statement, a framing phrase, a sentence naming nobody new); and the person a pronoun or bare
     * title subject stands for, if any.
     */
    private record Reading(List<StoryEventDraft> drafts, Optional<EventActor> subject) {}

    private static final Reading NOTHING = new Reading(List.of(), Optional.empty());

    private Reading read(
            Language lang,
            LocalDate storyDate,
            String text,
            EventSentences.Range range,
            String sentence,
            List<Candidate> inSentence,
            Conversation conversation,
            StoryPeople people,
            int index) {
        List<Triggers.Hit> hits = Triggers.in(lang, sentence);
        Triggers.Hit main = choose(hits);
        if (main == null) {
            return NOTHING;
        }
        List<TriggerClauses.Clause> clauses = TriggerClauses.of(lang, sentence, hits, main);
        List<StoryEventDraft> drafts = new ArrayList<>();
        Optional<EventActor> subject = Optional.empty();
        List<Candidate> mainActors = List.of();
        List<Candidate> mainInClause = List.of();
        StoryEventDraft mainDraft = null;
        for (TriggerClauses.Clause clause : clauses) {
            Triggers.Hit hit = clause.hit();
            int clauseStart = range.start() + clause.start();
            int clauseEnd = range.start() + clause.end();
            List<Candidate> inClause = inSentence.stream()
                    .filter(c -> c.start() >= clauseStart && c.end() <= clauseEnd)
                    .toList();
            int trigger = range.start() + hit.start();
            List<Candidate> actors = hit.type() == EventType.STATEMENT
                    ? speaker(inClause, trigger, text, range, lang)
                    : sides(inClause, hit.type(), text, lang);
            boolean personBefore = inClause.stream().anyMatch(c -> c.type() == EntityType.PER && c.end() <= trigger);
            if (hit == main) {
                subject = Anaphor.subjectOf(lang, sentence, hit.start(), hit.end(), personBefore)
                        .flatMap(anaphor -> people.antecedent(anaphor, index));
                if (subject.isPresent()) {
                    actors = withSubject(subject.get(), actors, hit.type(), range.start());
                }
                mainActors = actors;
                mainInClause = inClause;
            } else if (!mainActors.isEmpty()
                    && inClause.stream()
                            .noneMatch(c -> c.end() <= trigger && !locative(c, text, lang) && !comitative(c, text))) {
                if (mainDraft != null && hit.type() == main.type()) {
                    // "прибыла с визитом и встретилась с…": one visit, its sides in both clauses
                    List<Candidate> both = new ArrayList<>(mainInClause);
                    both.addAll(inClause);
                    List<Candidate> merged = sides(both, main.type(), text, lang);
                    if (subject.isPresent()) {
                        merged = withSubject(subject.get(), merged, main.type(), range.start());
                    }
                    mainDraft.actors = describe(lang, text, range, merged, range.start() + main.start(), main.type());
                    mainDraft.people = merged.stream().anyMatch(c -> c.type() == EntityType.PER);
                    continue;
                }
                // "X met Y and signed an agreement": the sides of the main act, or its subject with the new sides
                actors = actors.isEmpty() ? mainActors : withSubject(mainActors.get(0), actors, clauseStart);
            }
            if (hit.framing() && actors.stream().noneMatch(c -> c.type() == EntityType.PER)) {
                actors = List.of(); // "during the call, X was discussed": an occasion named, no side acting
            }
            if (actors.isEmpty() || (hit == main && conversation != null && continues(conversation, hit, actors))) {
                continue;
            }
            StoryEventDraft draft = new StoryEventDraft();
            draft.type = hit.type();
            draft.start = text.codePointCount(0, range.start());
            draft.end = draft.start + text.codePointCount(range.start(), range.end());
            draft.sentence = sentence;
            draft.date = date(lang, sentence, hit.start(), storyDate);
            draft.actors = describe(lang, text, range, actors, trigger, hit.type());
            draft.people = actors.stream().anyMatch(c -> c.type() == EntityType.PER);
            draft.topics.addAll(Topics.in(lang, sentence));
            drafts.add(draft);
            if (hit == main) {
                mainDraft = draft;
            }
        }
        return new Reading(drafts, subject);
    }

    /** The subject of the main act as the first side of a later one, before the sides its own clause names. */
    private static List<Candidate> withSubject(Candidate subject, List<Candidate> actors, int at) {
        List<Candidate> all = new ArrayList<>();
        all.add(new Candidate(at, at, subject.type(), subject.text(), subject.key(), subject.standsFor()));
        for (Candidate actor : actors) {
            if (!(actor.text().equals(subject.text()) && actor.key().equals(subject.key()))) {
                all.add(actor);
            }
        }
        return all;
    }

    /**
     * The actors once the person a pronoun or bare title stands for is the subject: the only speaker of a
     * statement, else the first side, before the others the sentence names (without naming them twice).
     */
    private static List<Candidate> withSubject(EventActor person, List<Candidate> actors, EventType type, int at) {
        Candidate subject = Candidate.standingFor(person, at);
        if (type == EventType.STATEMENT) {
            return List.of(subject);
        }
        List<Candidate> all = new ArrayList<>();
        all.add(subject);
        for (Candidate actor : actors) {
            if (!same(person, actor)) {
                all.add(actor);
            }
        }
        return all;
    }

    /**
     * The people a sentence names, with their titles, for the pronouns and bare titles of the sentences after it;
     * the person its own pronoun or bare title stood for comes first, as its subject.
     */
    private static List<EventActor> peopleOf(
            Language lang,
            String text,
            EventSentences.Range range,
            List<Candidate> inSentence,
            Optional<EventActor> subject) {
        List<Candidate> named = new ArrayList<>();
        subject.ifPresent(person -> named.add(Candidate.standingFor(person, range.start())));
        inSentence.stream().filter(c -> c.type() == EntityType.PER).forEach(named::add);
        if (named.isEmpty()) {
            return List.of();
        }
        return describe(lang, text, range, named, range.start(), EventType.STATEMENT);
    }

    /** A verbal trigger of an act over a framing one, and either over a statement; the first of a kind wins. */
    private static Triggers.Hit choose(List<Triggers.Hit> hits) {
        Triggers.Hit framing = null;
        Triggers.Hit statement = null;
        for (Triggers.Hit hit : hits) {
            if (hit.type() == EventType.STATEMENT) {
                statement = statement == null ? hit : statement;
            } else if (hit.framing()) {
                framing = framing == null ? hit : framing;
            } else {
                return hit;
            }
        }
        return framing != null ? framing : statement;
    }

    /**
     * Whether a sentence goes on about the call or meeting under way rather than starting an event of its own: it
     * does unless it names a new side. When people held the call, only a new person is a new side (countries
     * and organisations named are what they talked about); a statement needs a new person speaking.
     */
    private static boolean continues(Conversation conversation, Triggers.Hit hit, List<Candidate> actors) {
        List<EventActor> participants = conversation.draft.actors;
        boolean anyone = false;
        for (Candidate actor : actors) {
            boolean participant = participants.stream().anyMatch(p -> same(p, actor));
            boolean counts =
                    actor.type() == EntityType.PER || (!conversation.draft.people && hit.type() != EventType.STATEMENT);
            if (!participant && counts) {
                anyone = true;
            }
        }
        return !anyone;
    }

    private static boolean same(EventActor participant, Candidate candidate) {
        if (participant.entityKey().isPresent() && participant.entityKey().equals(candidate.key())) {
            return true;
        }
        String a = lastWord(participant.name());
        String b = lastWord(candidate.text());
        int common = Math.min(Math.min(a.length(), b.length()), 5);
        return common >= 4 && a.regionMatches(true, 0, b, 0, common);
    }

    private static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    /**
     * The one who speaks: nobody when a pronoun is the subject ("he said"); the first name after the verb when the
     * verb comes first ("said Ambassador Mohib", "— заявил Антонов", "Об этом сообщил Путин"); else the nearest name
     * before it. People first, then organisations and places (not a place where: "в Стокгольме").
     */
    private static List<Candidate> speaker(
            List<Candidate> inSentence, int trigger, String text, EventSentences.Range range, Language lang) {
        String lead = text.substring(range.start(), trigger);
        if (PRONOUN_SUBJECT.matcher(lead).find()) {
            return List.of();
        }
        boolean inverted = INVERSION.matcher(lead).find();
        boolean attribution = ATTRIBUTION
                .matcher(text.substring(trigger, Math.min(text.length(), trigger + 14)))
                .lookingAt();
        for (boolean people : new boolean[] {true, false}) {
            Candidate before = null;
            Candidate after = null;
            for (Candidate c : inSentence) {
                if ((c.type() == EntityType.PER) != people || (c.type() == EntityType.LOC && locative(c, text, lang))) {
                    continue;
                }
                if (c.end() <= trigger) {
                    before = c;
                } else if (after == null && c.start() >= trigger) {
                    after = c;
                }
            }
            // "according to" names its speaker after it, always ("…, according to the regional outlook"): a name
            // before it is in what was said, not the one who said it
            Candidate chosen = attribution || (inverted && after != null) ? after : before;
            if (chosen != null
                    && !(chosen == before && COMMON_NOUN_SUBJECT.matcher(lead).find())) {
                return List.of(chosen);
            }
        }
        return List.of();
    }

    /** The sides of a call, meeting, agreement or accusation: the people named, else the organisations and places. */
    private static List<Candidate> sides(List<Candidate> inSentence, EventType type, String text, Language lang) {
        List<Candidate> people =
                inSentence.stream().filter(c -> c.type() == EntityType.PER).toList();
        if (!people.isEmpty()) {
            return people;
        }
        List<Candidate> others = new ArrayList<>();
        for (Candidate c : inSentence) {
            if (c.type() == EntityType.LOC && type != EventType.MEET && locative(c, text, lang)) {
                continue; // "protests in Iran", "war in Ukraine": a place where, not a side
            }
            others.add(c);
        }
        return others;
    }

    /** Whether a name is the one acted with ("with Fransa", "с Францией", "Fransa ilə"), not a subject. */
    private static boolean comitative(Candidate c, String text) {
        String before = text.substring(Math.max(0, c.start() - 8), c.start());
        String after = text.substring(c.end(), Math.min(text.length(), c.end() + 6));
        return COMITATIVE_BEFORE.matcher(before).find()
                || COMITATIVE_AFTER.matcher(after).find();
    }

    private static boolean locative(Candidate c, String text, Language lang) {
        if (lang.code().equals("az")) {
            String word = c.text().toLowerCase(Locale.ROOT);
            return word.matches(".*(da|də|dan|dən)"); // "Bakıda", "Gürcüstandan"; not "Gürcüstan"
        }
        String before = text.substring(Math.max(0, c.start() - 12), c.start());
        return LOCATIVE.matcher(before).find();
    }

    /** Actors with roles, titles and countries, in the order the sentence names them, without repeats. */
    private static List<EventActor> describe(
            Language lang,
            String text,
            EventSentences.Range range,
            List<Candidate> actors,
            int trigger,
            EventType type) {
        List<EventActor> described = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean anyBefore = actors.stream().anyMatch(c -> c.start() < trigger);
        int previousEnd = range.start();
        for (Candidate actor : actors) {
            String name = actor.text().strip();
            Optional<String> title = Optional.empty();
            Optional<String> country = Optional.empty();
            if (actor.standsFor() != null) {
                title = actor.standsFor().title();
                country = actor.standsFor().country();
            } else if (actor.type() == EntityType.PER) {
                int windowStart = Math.max(Math.max(previousEnd, range.start()), actor.start() - 80);
                String window = text.substring(Math.min(windowStart, actor.start()), actor.start());
                Matcher separator = SEPARATOR.matcher(window);
                int cut = 0;
                while (separator.find()) {
                    cut = separator.end();
                }
                window = window.substring(cut);
                Optional<Titles.Found> inName = Titles.in(lang, name).filter(found -> found.start() == 0);
                if (inName.isPresent()) {
                    title = Optional.of(inName.get().title());
                    String rest = name.substring(inName.get().end()).strip();
                    window = window + " " + name.substring(0, inName.get().end());
                    name = rest.isEmpty() ? name : rest;
                } else {
                    title = Titles.in(lang, window).map(Titles.Found::title);
                }
                country = Countries.in(window);
                previousEnd = actor.end();
            } else if (actor.type() == EntityType.LOC) {
                country = Countries.in(name);
            }
            name = name.replaceAll("(’s|'s)$", "");
            String identity = actor.key().orElse(name.toLowerCase(Locale.ROOT));
            if (!seen.add(identity)) {
                continue;
            }
            boolean first = described.isEmpty();
            ActorRole role = first && (actor.start() < trigger || !anyBefore) ? ActorRole.INITIATOR : ActorRole.PARTNER;
            described.add(new EventActor(name, actor.key(), role, title, country));
            if (described.size() == MOST_ACTORS) {
                break;
            }
        }
        return described;
    }

    /**
     * The day of a month written nearest the trigger, else the nearest weekday or relative day, else the day that
     * stands for the nearest month or week ("in September", "last week"), else for the nearest year ("in 2020",
     * "last year"), else the story's date.
     */
    private static LocalDate date(Language lang, String sentence, int trigger, LocalDate storyDate) {
        return EventDates.in(lang, sentence, storyDate).stream()
                .min(Comparator.comparing(EventDates.Found::precision)
                        .thenComparingInt(found -> Math.abs(found.start() - trigger)))
                .map(EventDates.Found::date)
                .orElse(storyDate);
    }

    /** The mentions as char ranges, in text order, without those outside the text or overlapping an earlier one. */
    private static List<Candidate> candidates(String text, List<LinkedMention> mentions) {
        int codePoints = text.codePointCount(0, text.length());
        List<LinkedMention> sorted = mentions.stream()
                .filter(Objects::nonNull)
                .filter(m -> m.mention().start() >= 0 && m.mention().end() <= codePoints)
                .sorted(Comparator.comparingInt(m -> m.mention().start()))
                .toList();
        List<Candidate> candidates = new ArrayList<>();
        int charIndex = 0;
        int cpIndex = 0;
        int lastEnd = -1;
        for (LinkedMention linked : sorted) {
            Mention m = linked.mention();
            if (m.start() < lastEnd) {
                continue;
            }
            charIndex = text.offsetByCodePoints(charIndex, m.start() - cpIndex);
            cpIndex = m.start();
            int end = text.offsetByCodePoints(charIndex, m.end() - m.start());
            candidates.add(new Candidate(charIndex, end, m.type(), text.substring(charIndex, end), linked.entityKey()));
            lastEnd = m.end();
        }
        return candidates;
    }

    /** A mention cut to its sentence ("COP29.Antony Blinken" where a scraped page glued two sentences), or null. */
    private static Candidate clip(Candidate c, EventSentences.Range range, String text) {
        int start = Math.max(c.start(), range.start());
        int end = Math.min(c.end(), range.end());
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        if (end - start < 2 || end < c.end()) {
            return null; // the name went on into the next sentence: what is left here is not it
        }
        if (start == c.start() && end == c.end()) {
            return c;
        }
        return new Candidate(start, end, c.type(), text.substring(start, end), Optional.empty());
    }
}
