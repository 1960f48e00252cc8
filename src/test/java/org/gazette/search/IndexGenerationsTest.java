package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexGenerationsTest {

    @TempDir
    Path root;

    @Test
    void generationsAreNumberedInOrderAndTheCurrentOneIsNamedByTheFile() {
        IndexGenerations generations = new IndexGenerations(root);
        assertThat(generations.current()).isEmpty();
        String first = generations.claimNext(false);
        String second = generations.claimNext(false);
        assertThat(first).isEqualTo("gen-000001");
        assertThat(second).isEqualTo("gen-000002");
        generations.makeCurrent(second);
        assertThat(generations.current()).contains("gen-000002");
    }

    @Test
    void unusedGenerationsAreDeletedButNotOneALiveRebuildIsWorkingOn() {
        IndexGenerations generations = new IndexGenerations(root);
        String live = generations.claimNext(false);
        String abandoned = generations.claimNext(false);
        String building = generations.claimNext(true);
        assertThat(generations.isBeingBuilt(building)).isTrue();

        assertThat(generations.deleteUnused(live)).containsExactly(abandoned);
        assertThat(Files.isDirectory(root.resolve(building))).isTrue();

        generations.unmark(building);
        assertThat(generations.deleteUnused(live)).containsExactly(building);
    }

    @Test
    void aMarkerLeftByADeadProcessDoesNotProtectItsGeneration() throws Exception {
        IndexGenerations generations = new IndexGenerations(root);
        String live = generations.claimNext(false);
        String crashed = generations.claimNext(true);
        Files.writeString(root.resolve(crashed + ".building"), "999999999");
        assertThat(generations.isBeingBuilt(crashed)).isFalse();
        assertThat(generations.deleteUnused(live)).containsExactly(crashed);
    }

    @Test
    void aRebuildKilledBeforeItCouldSayAnythingIsFoundByItsMarker() throws Exception {
        IndexGenerations generations = new IndexGenerations(root);
        generations.claimNext(false);
        String killed = generations.claimNext(true);
        String running = generations.claimNext(true);
        assertThat(generations.abandoned()).isEmpty();
        Files.writeString(root.resolve(killed + ".building"), "999999999");
        assertThat(generations.abandoned()).containsExactly(java.util.Map.entry(killed, "999999999"));
        assertThat(generations.isBeingBuilt(running)).isTrue();
        // killed after making its generation current, a rebuild had finished: that one is kept
        generations.makeCurrent(killed);
        assertThat(generations.abandoned()).isEmpty();
    }

    @Test
    void theGenerationTheFileNamesIsNeverDeleted() {
        IndexGenerations generations = new IndexGenerations(root);
        String old = generations.claimNext(false);
        String rebuilt = generations.claimNext(false);
        generations.makeCurrent(rebuilt);
        assertThat(generations.deleteUnused(old)).isEmpty();
    }
}
