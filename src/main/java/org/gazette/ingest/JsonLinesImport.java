package org.gazette.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleStore;
import org.gazette.article.InvalidArticleException;
import org.gazette.article.SaveOutcome;
import org.gazette.system.DatabaseStatistics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a JSON Lines file in the contract's format. Lines are checked one by one; good lines are
 * saved in batches, one transaction each, so a large file goes in quickly and an interrupted import
 * keeps every finished batch. A bad line is reported as {@code line N: reason} and skipped; if the
 * database refuses a line of a batch, that batch is replayed line by line so only the culprit fails.
 */
@Service
public class JsonLinesImport {

    static final int BATCH_SIZE = 500;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    private final ArticleJsonReader reader;
    private final ArticleStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DatabaseStatistics statistics;

    JsonLinesImport(
            ArticleJsonReader reader,
            ArticleStore store,
            TransactionTemplate transactions,
            Clock clock,
            DatabaseStatistics statistics) {
        this.reader = reader;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.statistics = statistics;
    }

    private record Numbered(long line, ArticleInput input) {}

    private static final class Tally {
        long lines;
        long created;
        long updated;
        long unchanged;
        final List<LineError> errors = new ArrayList<>();

        void count(SaveOutcome outcome) {
            switch (outcome.change()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
    }

    /**
     * Reads the stream to its end. Refused lines and progress go to {@code out} as they happen; pass a
     * {@link PrintStream} on a null output stream to stay quiet.
     */
    public ImportReport importLines(InputStream in, PrintStream out) throws IOException {
        long started = clock.millis();
        long lastProgress = started;
        Tally tally = new Tally();
        List<Numbered> batch = new ArrayList<>(BATCH_SIZE);
        try (LineReader lines = new LineReader(in)) {
            byte[] line;
            while ((line = lines.next()) != null) {
                tally.lines++;
                if (isBlank(line)) {
                    continue;
                }
                try {
                    batch.add(new Numbered(tally.lines, reader.readLine(line)));
                } catch (InvalidArticleException e) {
                    refuse(tally, out, new LineError(tally.lines, e.getMessage()));
                }
                if (batch.size() == BATCH_SIZE) {
                    save(batch, tally, out);
                    batch.clear();
                    if (clock.millis() - lastProgress >= PROGRESS_EVERY.toMillis()) {
                        lastProgress = clock.millis();
                        out.printf(
                                Locale.ROOT,
                                "… %,d lines read, %,d imported, %,d refused%n",
                                tally.lines,
                                tally.created + tally.updated + tally.unchanged,
                                tally.errors.size());
                    }
                }
            }
        }
        save(batch, tally, out);
        store.relinkTranslations();
        statistics.refresh();
        return new ImportReport(
                tally.lines,
                tally.created,
                tally.updated,
                tally.unchanged,
                List.copyOf(tally.errors),
                Duration.ofMillis(clock.millis() - started));
    }

    private void save(List<Numbered> batch, Tally tally, PrintStream out) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<SaveOutcome> outcomes = transactions.execute(status -> {
                List<SaveOutcome> saved = new ArrayList<>(batch.size());
                for (Numbered item : batch) {
                    saved.add(store.save(item.input()));
                }
                return saved;
            });
            outcomes.forEach(tally::count);
        } catch (RuntimeException batchFailure) {
            for (Numbered item : batch) {
                try {
                    tally.count(transactions.execute(status -> store.save(item.input())));
                } catch (RuntimeException lineFailure) {
                    refuse(tally, out, new LineError(item.line(), "could not be saved: " + rootMessage(lineFailure)));
                }
            }
        }
    }

    private static void refuse(Tally tally, PrintStream out, LineError error) {
        tally.errors.add(error);
        out.println(error);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage())
                .lines()
                .findFirst()
                .orElse(root.getClass().getSimpleName());
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
