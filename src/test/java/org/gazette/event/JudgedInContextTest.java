package org.gazette.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.gazette.text.Language;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on sentences judged in their story ({@code src/test/resources/event/judged-in-context.tsv},
 * same columns as the judged set, guidelines in docs/events.md): the extractor reads the document from its start
 * through the judged sentence, so that a pronoun or a bare title can stand for a person named before, and the
 * events it finds in the judged sentence are compared with the judged ones. A judged sentence may have several
 * events ("MEET+AGREEMENT"); each event type counts once per event, so a sentence judged MEET+AGREEMENT and given
 * MEET only is one true positive and one false negative.
 */
class JudgedInContextTest {

    private static final Path CORPUS = Path.of("../shared/corpus");

    @Test
    void precisionAndRecallInTheStory() throws IOException {
        Assumptions.assumeTrue(
                Files.isDirectory(CORPUS.resolve("real")),
                "skipped: " + CORPUS.toAbsolutePath() + " is absent (../shared is not mounted)");
        List<JudgedEventsTest.Judged> set = JudgedEventsTest.judged("/event/judged-in-context.tsv");
        Map<String, String> documents = JudgedEventsTest.documents(set);
        Map<String, JudgedEventsTest.Score> scores = new TreeMap<>();
        int actorsJudged = 0;
        int actorsFound = 0;
        int datesJudged = 0;
        int datesRight = 0;
        int events = 0;
        for (JudgedEventsTest.Judged row : set) {
            String sentence = JudgedEventsTest.plain(JudgedEventsTest.stored(row, documents));
            String body = documents.get(JudgedEventsTest.key(row));
            String before = JudgedEventsTest.plain(
                    new String(body.codePoints().limit(row.start()).toArray(), 0, row.start()));
            String text = before + sentence;
            int from = before.codePointCount(0, before.length());
            Language language = Language.of(row.language());
            List<StoryEvent> found =
                    EventExtractor.shipped()
                            .extract(language, row.storyDate(), text, TaggedStory.mentions(language, text))
                            .stream()
                            .filter(event -> event.sentenceEnd() > from)
                            .toList();
            List<String> judgedTypes =
                    row.type().equals("NONE") ? List.of() : List.of(row.type().split("\\+"));
            List<String> foundTypes =
                    found.stream().map(event -> event.type().name()).toList();
            events += judgedTypes.size();
            for (String type : List.of("ALL", "CALL", "MEET", "STATEMENT", "AGREEMENT", "ACCUSATION")) {
                long judged = judgedTypes.stream()
                        .filter(t -> type.equals("ALL") || t.equals(type))
                        .count();
                long given = foundTypes.stream()
                        .filter(t -> type.equals("ALL") || t.equals(type))
                        .count();
                if (type.equals("ALL")) {
                    // an event of the wrong type is both a false positive and a false negative
                    List<String> left = new ArrayList<>(judgedTypes);
                    long right = foundTypes.stream().filter(left::remove).count();
                    add(scores, row.language(), type, right, given - right, judged - right);
                } else {
                    long right = Math.min(judged, given);
                    add(scores, row.language(), type, right, given - right, judged - right);
                }
            }
            if (!found.isEmpty() && judgedTypes.contains(found.get(0).type().name())) {
                List<String> names = found.stream()
                        .flatMap(event -> event.actors().stream())
                        .map(EventActor::name)
                        .toList();
                for (String actor : row.actors()) {
                    actorsJudged++;
                    if (names.stream().anyMatch(name -> sameActor(name, actor))) {
                        actorsFound++;
                    }
                }
                if (!row.date().equals("-")) {
                    datesJudged++;
                    LocalDate day = found.get(0).occurredOn();
                    boolean right = row.date().length() == 7
                            ? java.time.YearMonth.from(day).equals(java.time.YearMonth.parse(row.date()))
                            : day.equals(LocalDate.parse(row.date()));
                    if (right) {
                        datesRight++;
                    }
                }
            }
        }
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "judged in context: %d sentences, %d events%n", set.size(), events));
        table.append(JudgedEventsTest.scoreTable(scores));
        table.append(String.format(
                Locale.ROOT, "actors of correctly typed events found: %d of %d%n", actorsFound, actorsJudged));
        table.append(String.format(Locale.ROOT, "written dates resolved right: %d of %d%n", datesRight, datesJudged));
        System.out.println(table);

        JudgedEventsTest.Score all = scores.get("all ALL");
        assertThat(all.precision()).as("precision in context").isGreaterThanOrEqualTo(0.80);
        assertThat(all.recall()).as("recall in context").isGreaterThanOrEqualTo(0.70);
    }

    private static void add(
            Map<String, JudgedEventsTest.Score> scores, String lang, String type, long tp, long fp, long fn) {
        for (String cell : List.of(lang + " " + type, "all " + type)) {
            JudgedEventsTest.Score s = scores.computeIfAbsent(cell, k -> new JudgedEventsTest.Score());
            s.truePositives += (int) tp;
            s.falsePositives += (int) fp;
            s.falseNegatives += (int) fn;
        }
    }

    private static boolean sameActor(String predicted, String judged) {
        String a = predicted.toLowerCase(Locale.ROOT);
        String b = judged.toLowerCase(Locale.ROOT);
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        String[] aw = a.split("\\s+");
        String[] bw = b.split("\\s+");
        String x = aw[aw.length - 1];
        String y = bw[bw.length - 1];
        int n = Math.min(Math.min(x.length(), y.length()), 5);
        return n >= 3 && x.regionMatches(0, y, 0, n);
    }
}
