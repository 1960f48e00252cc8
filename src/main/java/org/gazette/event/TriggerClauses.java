package org.gazette.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.text.Language;

/**
 * The clauses of a sentence that each report an act: the main trigger's, then every later verbal trigger of a
 * call, meeting, agreement or accusation joined to the one before by a coordination ("X met Y, and later called
 * Z", "met Y and signed an agreement", "встретился с Y и подписал соглашение", "görüşüb və saziş imzalayıb").
 * A trigger inside a subordinate or relative clause ("talks during which they agreed", "который подписал") is
 * not an act of its own: what lies between the two triggers must hold a coordination and no subordinating word.
 * Statements never make a second clause: what is said at a meeting is that meeting.
 */
final class TriggerClauses {

    /** One act: its trigger and its span, offsets into the sentence, end exclusive. */
    record Clause(Triggers.Hit hit, int start, int end) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final Map<String, Pattern> COORDINATION = Map.of(
            "en",
                    Pattern.compile(
                            ",?\\s+(and|but)\\s+((then|later|also|subsequently|afterwards)\\s+)?|;\\s*|,\\s+(then|later)\\s+",
                            FLAGS),
            "ru",
                    Pattern.compile(
                            ",?\\s+(и|а|но)\\s+((затем|потом|также|позже|позднее)\\s+)?|;\\s*|,\\s+(после чего|затем|потом)\\s+",
                            FLAGS),
            "az", Pattern.compile(",?\\s+(və|həmçinin)\\s+|;\\s*|,\\s+(sonra|daha sonra|həmçinin)\\s+", FLAGS));

    private static final Map<String, Pattern> SUBORDINATION = Map.of(
            "en",
                    Pattern.compile(
                            "\\b(which|who|whom|whose|where|when|while|during|after|before|that|because|if)\\b", FLAGS),
            "ru",
                    Pattern.compile(
                            "\\b(котор\\w*|где|когда|пока|в ходе|во время|после того|чтобы|что|если|так как|за то)\\b",
                            FLAGS),
            "az", Pattern.compile("\\b(ki|zaman|zamanı|ərzində|əgər|üçün)\\b", FLAGS));

    private TriggerClauses() {}

    /** The clauses of the sentence, the main trigger's first; one clause spanning the sentence when it has one act. */
    static List<Clause> of(Language lang, String sentence, List<Triggers.Hit> hits, Triggers.Hit main) {
        List<Triggers.Hit> acts = new ArrayList<>(List.of(main));
        List<int[]> joints = new ArrayList<>();
        if (!main.framing() && main.type() != EventType.STATEMENT) {
            Pattern coordination = COORDINATION.get(lang.code());
            Pattern subordination = SUBORDINATION.get(lang.code());
            for (Triggers.Hit hit : hits) {
                Triggers.Hit last = acts.get(acts.size() - 1);
                if (hit.framing() || hit.type() == EventType.STATEMENT || hit.start() < last.end()) {
                    continue;
                }
                String between = sentence.substring(last.end(), hit.start());
                Matcher joint = coordination.matcher(between);
                int[] found = null;
                while (joint.find()) {
                    found = new int[] {last.end() + joint.start(), last.end() + joint.end()};
                }
                if (found != null && !subordination.matcher(between).find()) {
                    acts.add(hit);
                    joints.add(found);
                }
            }
        }
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < acts.size(); i++) {
            int start = i == 0 ? 0 : joints.get(i - 1)[1];
            int end = i == acts.size() - 1 ? sentence.length() : joints.get(i)[0];
            clauses.add(new Clause(acts.get(i), start, end));
        }
        return clauses;
    }
}
