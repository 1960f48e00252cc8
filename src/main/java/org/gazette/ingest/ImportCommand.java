package org.gazette.ingest;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gazette.wire.FeedDocument;
import org.gazette.wire.FeedFiles;
import org.gazette.wire.RefusedItem;
import org.gazette.wire.UnreadableFeedException;
import org.gazette.wire.WireDesk;
import org.gazette.wire.WireFeedReader;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE}: loads articles in the contract's JSON Lines format, or the items of an RSS, Atom,
 * NewsML-G2 or ninjs file (told apart by the content), which the wire desk publishes.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "import",
        description = "Import articles from a JSON Lines file (one article per line) "
                + "or from an RSS, Atom, NewsML-G2 or ninjs file.")
class ImportCommand implements Callable<Integer> {

    private final JsonLinesImport importer;
    private final WireDesk desk;

    @Parameters(paramLabel = "FILE", description = "JSON Lines (UTF-8) or a feed file; '-' reads standard input")
    Path file;

    ImportCommand(JsonLinesImport importer, WireDesk desk) {
        this.importer = importer;
        this.desk = desk;
    }

    @Override
    public Integer call() throws Exception {
        boolean stdin = "-".equals(file.toString());
        if (!stdin && !Files.isRegularFile(file)) {
            System.err.println("gazette: import: no such file: " + file);
            return 1;
        }
        int peek = WireFeedReader.MAX_DOCUMENT_BYTES + 1;
        try (InputStream in = new BufferedInputStream(stdin ? System.in : Files.newInputStream(file), 1 << 16)) {
            // a feed is read whole (it is at most MAX_DOCUMENT_BYTES); JSON Lines stream on from the mark
            in.mark(peek);
            byte[] start = in.readNBytes(peek);
            boolean whole = start.length < peek;
            boolean feed = FeedFiles.isFeed(start, whole);
            if (feed && !whole) {
                System.err.println("gazette: import: " + file + ": a feed file larger than "
                        + WireFeedReader.MAX_DOCUMENT_BYTES + " bytes is refused");
                return 1;
            }
            if (feed) {
                return importFeed(start);
            }
            in.reset();
            ImportReport report = importer.importLines(in, System.out);
            System.out.println(report.summary());
            if (!report.succeeded()) {
                System.err.println("gazette: import: " + report.errors().size() + " of " + report.lines()
                        + " lines refused (listed above)");
                return 1;
            }
            return 0;
        }
    }

    private int importFeed(byte[] bytes) {
        FeedDocument document;
        try {
            document = WireFeedReader.read(bytes);
        } catch (UnreadableFeedException e) {
            System.err.println("gazette: import: " + file + ": " + e.getMessage());
            return 1;
        }
        WireDesk.Receipt receipt = desk.receive(null, document);
        receipt.refused().stream().map(RefusedItem::toString).forEach(System.out::println);
        System.out.printf(
                Locale.ROOT,
                "%s: %d items: %d created, %d updated, %d withdrawn, %d unchanged, %d refused%n",
                document.format().code(),
                document.items().size() + document.refused().size(),
                receipt.created(),
                receipt.updated(),
                receipt.withdrawn(),
                receipt.ignored(),
                receipt.refused().size());
        if (!receipt.refused().isEmpty()) {
            System.err.println("gazette: import: " + receipt.refused().size() + " items refused (listed above)");
            return 1;
        }
        return 0;
    }
}
