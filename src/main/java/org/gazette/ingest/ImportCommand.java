package org.gazette.ingest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import FILE.jsonl}: loads articles in the contract's JSON Lines format. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "import", description = "Import articles from a JSON Lines file (one article per line).")
class ImportCommand implements Callable<Integer> {

    private final JsonLinesImport importer;

    @Parameters(paramLabel = "FILE", description = "JSON Lines file, UTF-8; '-' reads standard input")
    Path file;

    ImportCommand(JsonLinesImport importer) {
        this.importer = importer;
    }

    @Override
    public Integer call() throws Exception {
        boolean stdin = "-".equals(file.toString());
        if (!stdin && !Files.isRegularFile(file)) {
            System.err.println("gazette: import: no such file: " + file);
            return 1;
        }
        try (InputStream in = stdin ? System.in : Files.newInputStream(file)) {
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
}
