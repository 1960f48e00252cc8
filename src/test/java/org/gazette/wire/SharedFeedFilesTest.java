package org.gazette.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code ../shared/feeds} (real-world, hostile and schema test files) either reads into
 * items or is refused with a reason: none crashes the reader or hangs it.
 */
class SharedFeedFilesTest {

    static Stream<Path> feedFiles() throws IOException {
        Path root = SharedCorpus.root().resolve("feeds");
        if (!Files.isDirectory(root)) {
            System.out.println("[gazette] SKIPPED: shared test data " + root + " is absent (set GAZETTE_SHARED_DIR)");
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("feedFiles")
    void everySharedFeedFileReadsOrIsRefusedWithAReason(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(bytes));
        if (outcome.refusal() != null) {
            assertThat(outcome.refusal()).isNotBlank();
            return;
        }
        for (WireItem item : outcome.document().items()) {
            assertThat(item.guid()).isNotBlank();
            assertThat(item.title()).isNotBlank();
            if (item.status() != PubStatus.CANCELED) {
                assertThat(item.bodyHtml()).isNotBlank();
            }
            assertThat(item.images())
                    .allSatisfy(image -> assertThat(image.url()).matches("(?i)https?://.+"));
        }
        for (RefusedItem refused : outcome.document().refused()) {
            assertThat(refused.reason()).isNotBlank();
        }
    }

    @Test
    void theSharedFeedsYieldStoriesFromEveryFormat() throws IOException {
        Path root = SharedCorpus.require("feeds");
        List<Path> files = feedFiles().toList();
        assertThat(files).hasSizeGreaterThan(300);
        long rss = 0;
        long atom = 0;
        long newsMl = 0;
        long ninjs = 0;
        for (Path file : files) {
            Outcome outcome = read(Files.readAllBytes(file));
            if (outcome.document() == null || outcome.document().items().isEmpty()) {
                continue;
            }
            switch (outcome.document().format()) {
                case RSS -> rss++;
                case ATOM -> atom++;
                case NEWSML_G2 -> newsMl++;
                case NINJS -> ninjs++;
            }
        }
        assertThat(root).isDirectory();
        assertThat(rss).as("RSS files with stories").isGreaterThan(25);
        assertThat(atom).as("Atom files with stories").isGreaterThan(5);
        assertThat(newsMl).as("NewsML-G2 files with stories").isGreaterThan(8);
        assertThat(ninjs).as("ninjs files with stories").isGreaterThan(20);
    }

    @Test
    void aNewsMlG2TextItemKeepsItsGuidVersionAgencyAndBody() throws IOException {
        Path file = SharedCorpus.require("feeds/newsml-g2/examples/LISTING_2_NewsML-G2_Text_Document.xml");
        FeedDocument document = WireFeedReader.read(Files.readAllBytes(file));
        assertThat(document.format()).isEqualTo(FeedFormat.NEWSML_G2);
        assertThat(document.items()).singleElement().satisfies(item -> {
            assertThat(item.guid()).isEqualTo("urn:newsml:acmenews.com:20161121:US-FINANCE-FED");
            assertThat(item.version()).isEqualTo(11L);
            assertThat(item.title()).isEqualTo("Fed to halt QE to avert \"bubble\"");
            assertThat(item.agency()).isEqualTo("Associated Press");
            assertThat(item.language()).isEqualTo("en-US");
            assertThat(item.bodyHtml())
                    .startsWith("<p>(New York, NY - October 21)")
                    .doesNotContain("hl1");
            assertThat(item.status()).isEqualTo(PubStatus.USABLE);
        });
    }

    @Test
    void aNinjsTwoItemReadsItsHeadlinesAndBodies() throws IOException {
        Path file = SharedCorpus.require("feeds/ninjs/examples/2.1/dpa_text.json");
        FeedDocument document = WireFeedReader.read(Files.readAllBytes(file));
        assertThat(document.format()).isEqualTo(FeedFormat.NINJS);
        assertThat(document.items()).singleElement().satisfies(item -> {
            assertThat(item.guid()).isEqualTo("urn:newsml:dpa.com:20090101:190510-99-167362");
            assertThat(item.version()).isEqualTo(2L);
            assertThat(item.title()).isEqualTo("Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?");
            assertThat(item.bodyHtml()).startsWith("<section class=\"main\"><p>Für Lucien Favre");
            assertThat(item.agency()).isEqualTo("dpa");
        });
    }

    @Test
    void illFormedAndWronglyEncodedFeedsAreRefusedWhole() throws IOException {
        Path illformed = SharedCorpus.require("feeds/rss-atom/feedparser/illformed");
        try (Stream<Path> files = Files.list(illformed)) {
            List<Path> xml = files.filter(Files::isRegularFile).toList();
            assertThat(xml).isNotEmpty();
            long refused = xml.stream()
                    .filter(file -> {
                        try {
                            return read(Files.readAllBytes(file)).refusal() != null;
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .count();
            assertThat(refused).as("ill-formed files refused").isGreaterThanOrEqualTo(xml.size() / 2);
        }
    }

    record Outcome(FeedDocument document, String refusal) {}

    static Outcome read(byte[] bytes) {
        try {
            return new Outcome(WireFeedReader.read(bytes), null);
        } catch (UnreadableFeedException e) {
            return new Outcome(null, e.getMessage());
        }
    }
}
