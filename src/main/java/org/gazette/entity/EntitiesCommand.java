package org.gazette.entity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code entities IN.jsonl OUT.jsonl}: finds the people, organisations and places in texts given as JSON
 * Lines, for measuring the recogniser against gold data ({@code ../shared/understanding/score.py}). A bad
 * line stops the run with its number and exit status 2, and leaves no output file.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "entities",
        description = "Find the people, organisations and places in JSON Lines texts {\"id\",\"lang\",\"text\"}; "
                + "writes {\"id\",\"entities\":[{\"start\",\"end\",\"type\",\"text\"}]} (code point offsets).")
class EntitiesCommand implements Callable<Integer> {

    /** The exit status for bad input, as for bad arguments. */
    private static final int BAD_INPUT = 2;

    private final EntityRecognizer recognizer;

    @Parameters(index = "0", paramLabel = "IN.jsonl", description = "texts, one JSON object a line")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT.jsonl", description = "where the names go (replaced if it exists)")
    Path out;

    EntitiesCommand(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(in)) {
            System.err.println("gazette: entities: no such file: " + in);
            return BAD_INPUT;
        }
        EntityFileTagging.Summary summary;
        try {
            summary = new EntityFileTagging(recognizer).tag(in, out);
        } catch (BadInputLine e) {
            System.err.println("gazette: entities: " + in + ": " + e.getMessage() + "; nothing written");
            return BAD_INPUT;
        }
        double seconds = summary.nanos() / 1e9;
        double processorSeconds = summary.processorNanos() / 1e9;
        System.out.println(String.format(
                Locale.ROOT,
                "%,d texts, %,d characters, %,d names in %.2f s (%,.0f characters/s; %.2f s of processor time, "
                        + "%,.0f characters/s) -> %s",
                summary.texts(),
                summary.codePoints(),
                summary.mentions(),
                seconds,
                seconds == 0 ? 0 : summary.codePoints() / seconds,
                processorSeconds,
                processorSeconds == 0 ? 0 : summary.codePoints() / processorSeconds,
                out));
        return 0;
    }
}
