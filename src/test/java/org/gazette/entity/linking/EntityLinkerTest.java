package org.gazette.entity.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gazette.entity.EntityType;
import org.gazette.entity.Mention;
import org.junit.jupiter.api.Test;

/** One test per linking rule, on stories written as in the linking set: {@code [text|TYPE|label]}. */
class EntityLinkerTest {

    private final EntityLinker linker = EntityLinker.shipped();
    private final EntityCatalogue catalogue = EntityCatalogue.withGazetteer();

    @Test
    void aFullNameLinksAcrossScriptsLanguagesAndCases() {
        String en = link("en", "President [Ilham Aliyev|PER|x] spoke.").get(0);
        String ru = link("ru", "встреча с [Ильхамом Алиевым|PER|x]").get(0);
        String az = link("az", "Prezident [İlham Əliyevə|PER|x] zəng edib.").get(0);
        String reversed =
                link("az", "[Əliyev İlham Heydər oğlu|PER|x] imzalayıb.").get(0);

        assertThat(List.of(ru, az, reversed)).containsOnly(en);
        assertThat(catalogue.get(en).orElseThrow().names())
                .containsEntry("en", "Ilham Aliyev")
                .containsEntry("ru", "Ильхам Алиев")
                .containsEntry("az", "İlham Əliyev");
    }

    @Test
    void givenNameVariantsJoinWhatNoTransliterationCan() {
        EntityLinker withoutVariants = new EntityLinker(RoleTitles.shipped(), GivenNameVariants.none());
        EntityCatalogue separate = EntityCatalogue.withGazetteer();
        Story english = LinkingSet.parse("@ t en\n[Volodymyr Zelensky|PER|a]")
                .stories()
                .get(0)
                .story();
        Story russian = LinkingSet.parse("@ t ru\n[Владимир Зеленский|PER|a]")
                .stories()
                .get(0)
                .story();

        assertThat(withoutVariants.link(english, separate).get(0).entityKey())
                .isNotEqualTo(withoutVariants.link(russian, separate).get(0).entityKey());
        assertThat(linker.link(english, catalogue).get(0).entityKey())
                .isEqualTo(linker.link(russian, catalogue).get(0).entityKey());
    }

    @Test
    void aNewPersonGetsASlugAndItsBaseFormAsName() {
        String key = link("ru", "встреча с [Ильхамом Алиевым|PER|x]").get(0);

        assertThat(key).isEqualTo("ilkham-aliev");
        assertThat(catalogue.get(key).orElseThrow().name("ru")).isEqualTo("Ильхам Алиев");
    }

    @Test
    void aWomansSurnameFollowsHerFirstName() {
        String key = link("ru", "[Мехрибан Алиева|PER|x] посетила школу.").get(0);

        assertThat(catalogue.get(key).orElseThrow().name("ru")).isEqualTo("Мехрибан Алиева");
    }

    @Test
    void peopleWhoShareASurnameAreNeverMerged() {
        List<String> keys = link(
                "en",
                "[Ilham Aliyev|PER|a], [Heydar Aliyev|PER|b], [Mehriban Aliyeva|PER|c] and [Leyla Aliyeva|PER|d].");
        List<String> russian = link("ru", "[Гейдара Алиева|PER|b] и [Мехрибан Алиевой|PER|c]");

        assertThat(keys).doesNotHaveDuplicates();
        assertThat(russian).containsExactly(keys.get(1), keys.get(2));
    }

    @Test
    void aBareSurnameWithoutEvidenceStaysUnlinked() {
        link("en", "[Ilham Aliyev|PER|a] and [Heydar Aliyev|PER|b].");

        List<Link> links = links("en", "Talks with [Aliyev|PER|a] are planned.");

        assertThat(links.get(0).entityKey()).isEmpty();
        assertThat(links.get(0).evidence()).isEqualTo(Evidence.AMBIGUOUS);
    }

    @Test
    void aBareSurnameOfOneKnownPersonStillNeedsEvidence() {
        link("en", "[Antony Blinken|PER|a] spoke.");

        List<Link> links = links("en", "[Blinken|PER|a] spoke.");

        assertThat(links.get(0).entityKey()).isEmpty();
        assertThat(links.get(0).evidence()).isEqualTo(Evidence.NO_EVIDENCE);
    }

    @Test
    void aBareSurnameLinksToThePersonTheStoryNamesInFull() {
        List<Link> links = links("ru", "[Ильхам Алиев|PER|a] выступил. Затем [Алиева|PER|a] встретили в Баку.");

        assertThat(links.get(1).entityKey()).isEqualTo(links.get(0).entityKey());
        assertThat(links.get(1).evidence()).isEqualTo(Evidence.SAME_STORY);
    }

    @Test
    void aBareSurnameOfTwoPeopleInTheStoryStaysUnlinkedWithoutATitle() {
        List<Link> links =
                links("en", "[Bill Clinton|PER|a] and [Hillary Clinton|PER|b] arrived. [Clinton|PER|?] spoke first.");

        assertThat(links.get(2).entityKey()).isEmpty();
        assertThat(links.get(2).evidence()).isEqualTo(Evidence.AMBIGUOUS);
    }

    @Test
    void aTitleSinglesOutTheKnownPersonWithThatRole() {
        String ilham = link("en", "President [Ilham Aliyev|PER|a] spoke.").get(0);
        link("en", "National leader [Heydar Aliyev|PER|b] led the country.");

        List<Link> links = links("ru", "Президент [Алиев|PER|a] выступил.");

        assertThat(links.get(0).entityKey()).contains(ilham);
        assertThat(links.get(0).evidence()).isEqualTo(Evidence.TITLE);
    }

    @Test
    void coOccurrenceThatTellsCandidatesApartIsEvidence() {
        String ilham = link("en", "[Antony Blinken|PER|a] called [Ilham Aliyev|PER|b] about [COP29|ORG|e].")
                .get(1);
        link("en", "[Heydar Aliyev|PER|d] lived in [Baku|LOC|c].");

        List<Link> links = links("en", "[Aliyev|PER|b] and [Blinken|PER|a] discussed [COP29|ORG|e].");

        assertThat(links.get(0).entityKey()).contains(ilham);
        assertThat(links.get(0).evidence()).isEqualTo(Evidence.CO_OCCURRENCE);
    }

    @Test
    void twoSurnamesVouchForEachOtherOnceOneIsLinked() {
        link("en", "[Antony Blinken|PER|a] called [Ilham Aliyev|PER|b] in [Baku|LOC|c].");
        link("en", "[Heydar Aliyev|PER|d] lived in [Baku|LOC|c].");
        link("en", "[Antony Blinken|PER|a] spoke about [COP29|ORG|e].");

        // Aliyev is tried first and has nothing; Blinken links by COP29, and then Aliyev by Blinken
        List<Link> links = links("en", "[Aliyev|PER|b] and [Blinken|PER|a] discussed [COP29|ORG|e].");

        assertThat(links.get(0).entityKey()).contains("ilham-aliyev");
        assertThat(links.get(1).entityKey()).contains("antony-blinken");
    }

    @Test
    void coOccurrenceThatEveryCandidateSharesIsNoEvidence() {
        link("en", "[Ilham Aliyev|PER|b] in [Baku|LOC|c].");
        link("en", "[Heydar Aliyev|PER|d] in [Baku|LOC|c].");

        List<Link> links = links("en", "[Aliyev|PER|b] in [Baku|LOC|c].");

        assertThat(links.get(0).entityKey()).isEmpty();
    }

    @Test
    void anInitialMustMatchTheFirstName() {
        List<String> keys = link("en", "[Ilham Aliyev|PER|a] and [Heydar Aliyev|PER|b].");

        assertThat(links("en", "signed by [I. Aliyev|PER|a]").get(0).entityKey())
                .contains(keys.get(0));
        assertThat(links("ru", "подписал [Г. Алиев|PER|b]").get(0).entityKey()).contains(keys.get(1));
        assertThat(links("en", "signed by [M. Aliyev|PER|c]").get(0).entityKey())
                .isEmpty();
    }

    @Test
    void countriesLinkByTheirCldrNamesInThreeLanguagesAndTheirInflections() {
        List<String> keys = link("en", "[Azerbaijan|LOC|a], [Azerbaijan's|LOC|a], [Republic of Azerbaijan|LOC|a]");
        keys = new ArrayList<>(keys);
        keys.addAll(link("ru", "[Азербайджан|LOC|a], [Азербайджана|LOC|a], [Азербайджане|LOC|a]"));
        keys.addAll(link("az", "[Azərbaycan|LOC|a], [Azərbaycanın|LOC|a], [Azərbaycana|LOC|a], [Azərbaycanda|LOC|a]"));

        assertThat(keys).containsOnly("azerbaijan");
        assertThat(catalogue.country("AZ").orElseThrow().key()).isEqualTo("azerbaijan");
        assertThat(catalogue.country("AZ").orElseThrow().names())
                .containsEntry("en", "Azerbaijan")
                .containsEntry("ru", "Азербайджан")
                .containsEntry("az", "Azərbaycan");
    }

    @Test
    void countryAdjectivesLinkToTheCountry() {
        assertThat(link("ru", "[азербайджанского|LOC|a] и [российской|LOC|b]")).containsExactly("azerbaijan", "russia");
        assertThat(link("en", "[Azerbaijani|LOC|a]")).containsExactly("azerbaijan");
    }

    @Test
    void placesOfOneNameAreToldApartByTheStorysOtherPlaces() {
        assertThat(link("en", "[Georgia|LOC|a] and [Armenia|LOC|b]")).first().isEqualTo("georgia");
        assertThat(link("en", "[Atlanta|LOC|c], [Georgia|LOC|d]")).last().isEqualTo("georgia-us-state");
    }

    @Test
    void anAcronymInBracketsPairsWithTheNameBeforeIt() {
        List<String> keys = link("en", "The [Caspian Pipeline Consortium|ORG|a] ([CPC|ORG|a]) ships oil.");
        String later = link("en", "The [CPC|ORG|a] pipeline.").get(0);

        assertThat(keys.get(1)).isEqualTo(keys.get(0));
        assertThat(later).isEqualTo(keys.get(0));
        assertThat(catalogue.get(later).orElseThrow().acronyms()).containsExactly("CPC");
    }

    @Test
    void aNameWithItsAcronymInOneMentionIsOneOrganisation() {
        String key = link("en", "the [Organization for Security and Co-operation in Europe (OSCE)|ORG|a]")
                .get(0);

        assertThat(key).isEqualTo("osce");
        assertThat(link("ru", "[ОБСЕ|ORG|a]")).containsExactly("osce");
        assertThat(link("az", "[ATƏT-in|ORG|a]")).containsExactly("osce");
    }

    @Test
    void anAcronymMatchesLetterForLetterNotBySound() {
        String mit = link("en", "[MIT|ORG|a]").get(0);

        assertThat(link("ru", "[ВШЭ|ORG|b]")).doesNotContain(mit);
        assertThat(links("ru", "[МИД|ORG|c]").get(0).entityKey()).isEmpty();
        assertThat(links("ru", "в [миде|ORG|c] Грузии").get(0).entityKey()).isEmpty();
        assertThat(link("ru", "[МИД России|ORG|d]")).doesNotContain(mit);
    }

    @Test
    void aKnownAcronymLinksInAnotherLanguage() {
        assertThat(link("ru", "решение [ОБСЕ|ORG|a]")).containsExactly("osce");
        assertThat(link("ru", "в [НАТО|ORG|b]")).containsExactly("nato");
    }

    @Test
    void theStorysEntitiesBecomeEachOthersCompanions() {
        List<String> keys = link("en", "[Antony Blinken|PER|a] in [Baku|LOC|b].");

        assertThat(catalogue.get(keys.get(0)).orElseThrow().companions()).containsExactly("baku");
        assertThat(catalogue.get("baku").orElseThrow().companions()).contains(keys.get(0));
    }

    @Test
    void aStoryWithoutTextStillLinksItsMentions() {
        Story story = new Story("en", "", List.of(new Mention(0, 10, EntityType.LOC, "Azerbaijan")));

        assertThat(linker.link(story, catalogue).get(0).entityKey()).contains("azerbaijan");
    }

    private List<String> link(String language, String marked) {
        return links(language, marked).stream()
                .map(link -> link.entityKey().orElse("-"))
                .toList();
    }

    private List<Link> links(String language, String marked) {
        Story story = LinkingSet.parse("@ test " + language + "\n" + marked)
                .stories()
                .get(0)
                .story();
        return linker.link(story, catalogue);
    }
}
