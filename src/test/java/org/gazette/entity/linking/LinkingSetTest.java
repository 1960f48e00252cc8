package org.gazette.entity.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gazette.entity.Mention;
import org.junit.jupiter.api.Test;

/**
 * The linker on Gazette's linking set (docs/entity-linking.md): every story in order through one linker that
 * starts from the shipped gazetteer, scored by B-cubed and pairwise precision and recall against the expected
 * entities. The floors sit just under the figures the docs report, so a change that loses links fails here.
 */
class LinkingSetTest {

    private static final LinkingSet SET = LinkingSet.load("/entity-linking/linking-set.txt");
    private static final LinkingSet HELD_OUT = LinkingSet.load("/entity-linking/linking-held-out.txt");

    @Test
    void theSetIsBigEnoughAndCoversTheThreeLanguages() {
        assertThat(SET.mentionCount()).isGreaterThanOrEqualTo(150);
        assertThat(SET.stories().stream().map(s -> s.story().language()).distinct())
                .containsExactlyInAnyOrder("en", "ru", "az");
    }

    @Test
    void onTheHeldOutSetLinkingStaysPrecise() {
        Run run = run(HELD_OUT);
        LinkingScore score = LinkingScore.of(run.predicted(), run.expected());
        System.out.println(report("linker, held out", score, run));
        run.errors().forEach(System.out::println);

        assertThat(HELD_OUT.mentionCount()).isGreaterThanOrEqualTo(80);
        assertThat(score.bcubedPrecision()).isGreaterThanOrEqualTo(0.99);
        assertThat(score.bcubedRecall()).isGreaterThanOrEqualTo(0.89);
    }

    @Test
    void linkingIsPreciseAndFindsMostLinks() {
        Run run = run(SET);
        LinkingScore score = LinkingScore.of(run.predicted(), run.expected());
        System.out.println(report("linker", score, run));
        run.errors().forEach(System.out::println);

        assertThat(score.bcubedPrecision()).isGreaterThanOrEqualTo(0.99);
        assertThat(score.bcubedRecall()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.pairPrecision()).isGreaterThanOrEqualTo(0.99);
        assertThat(score.pairRecall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theLinkerBeatsLinkingByIdenticalText() {
        Run run = run(SET);
        List<String> sameText = new ArrayList<>();
        for (LinkingSet.JudgedStory judged : SET.stories()) {
            for (Mention mention : judged.story().mentions()) {
                sameText.add(mention.type() + ":" + mention.text().toLowerCase(Locale.ROOT));
            }
        }
        LinkingScore baseline = LinkingScore.of(sameText, run.expected());
        LinkingScore linker = LinkingScore.of(run.predicted(), run.expected());
        System.out.println(report("identical text", baseline, run));

        assertThat(linker.bcubedF1()).isGreaterThan(baseline.bcubedF1() + 0.2);
    }

    private record Run(List<String> predicted, List<String> expected, List<String> errors) {}

    private static Run run(LinkingSet set) {
        EntityLinker linker = EntityLinker.shipped();
        EntityCatalogue catalogue = EntityCatalogue.withGazetteer();
        List<String> predicted = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        // which predicted entity each expected one went to first, to point at the mentions that split or merge
        Map<String, String> firstPrediction = new HashMap<>();
        Map<String, String> firstExpectation = new HashMap<>();
        for (LinkingSet.JudgedStory judged : set.stories()) {
            List<Link> links = linker.link(judged.story(), catalogue);
            for (int i = 0; i < links.size(); i++) {
                Link link = links.get(i);
                String gold = judged.expected().get(i);
                String label = link.entityKey().orElse("unlinked#" + predicted.size());
                predicted.add(label);
                expected.add(gold);
                String before = firstPrediction.putIfAbsent(gold, label);
                String owner = firstExpectation.putIfAbsent(label, gold);
                boolean split = before != null && !before.equals(label);
                boolean merged = owner != null && !owner.equals(gold);
                if (split || merged) {
                    errors.add("  " + (merged ? "MERGED " : "split  ") + judged.id() + " '"
                            + link.mention().text() + "' expected " + gold + " got " + label + " (" + link.evidence()
                            + ")");
                }
            }
        }
        return new Run(predicted, expected, errors);
    }

    private static String report(String name, LinkingScore score, Run run) {
        return String.format(
                Locale.ROOT,
                "%s on %d mentions: B-cubed P %.3f R %.3f F1 %.3f; pairwise P %.3f R %.3f",
                name,
                run.expected().size(),
                score.bcubedPrecision(),
                score.bcubedRecall(),
                score.bcubedF1(),
                score.pairPrecision(),
                score.pairRecall());
    }
}
