package org.gazette.entity.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gazette.entity.EntityType;
import org.gazette.entity.Mention;
import org.junit.jupiter.api.Test;

/** Linking never throws on what a recogniser or an editor may hand it, and stays fast on a huge story. */
class BadInputTest {

    private final EntityLinker linker = EntityLinker.shipped();
    private final EntityCatalogue catalogue = EntityCatalogue.withGazetteer();

    @Test
    void anEmptyStoryHasNoLinks() {
        assertThat(linker.link(new Story("en", "", List.of()), catalogue)).isEmpty();
    }

    @Test
    void mentionsOfPunctuationOnlyStayUnlinked() {
        List<Mention> mentions = List.of(
                new Mention(0, 1, EntityType.PER, "—"),
                new Mention(2, 4, EntityType.ORG, "()"),
                new Mention(5, 6, EntityType.LOC, "."));

        List<Link> links = linker.link(new Story("ru", "— () .", mentions), catalogue);

        assertThat(links).allSatisfy(link -> assertThat(link.entityKey()).isEmpty());
    }

    @Test
    void offsetsBeyondTheTextReadAsNoText() {
        Mention far = new Mention(500, 512, EntityType.PER, "Ilham Aliyev");

        List<Link> links = linker.link(new Story("en", "short", List.of(far)), catalogue);

        assertThat(links.get(0).evidence()).isEqualTo(Evidence.NEW_ENTITY);
    }

    @Test
    void mixedScriptsAndMarkupInANameDoNotThrow() {
        // a Latin A inside a Cyrillic name, a tag, an emoji with a surrogate pair before the mentions
        String text = "😀 <b>Aлиев</b> и Əliyev";
        List<Mention> mentions =
                List.of(new Mention(5, 10, EntityType.PER, "Aлиев"), new Mention(17, 23, EntityType.PER, "Əliyev"));

        List<Link> links = linker.link(new Story("ru", text, mentions), catalogue);

        assertThat(links).hasSize(2);
    }

    @Test
    void aFamilyInThePluralIsNotOneOfItsMembers() {
        List<Link> links = linker.link(
                LinkingSet.parse("@ t ru\n[Мехрибан Алиева|PER|a] и [Алиевы|PER|b]")
                        .stories()
                        .get(0)
                        .story(),
                catalogue);

        assertThat(links.get(1).entityKey()).isEmpty();
        assertThat(links.get(1).evidence()).isEqualTo(Evidence.FAMILY);
    }

    @Test
    void aHugeStoryWithManyMentionsLinksInSeconds() {
        StringBuilder text = new StringBuilder();
        List<Mention> mentions = new ArrayList<>();
        String sentence = "President Ilham Aliyev met officials in Baku. ";
        while (text.length() < 1_000_000) {
            int at = text.codePointCount(0, text.length());
            text.append(sentence);
            if (mentions.size() < 4_000) {
                mentions.add(new Mention(at + 10, at + 22, EntityType.PER, "Ilham Aliyev"));
                mentions.add(new Mention(at + 40, at + 44, EntityType.LOC, "Baku"));
            }
        }
        long start = System.nanoTime();

        List<Link> links = linker.link(new Story("en", text.toString(), mentions), catalogue);

        assertThat(links).hasSize(mentions.size());
        assertThat(links.stream().map(Link::entityKey).distinct()).hasSize(2);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }
}
