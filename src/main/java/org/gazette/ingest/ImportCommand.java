package org.gazette.ingest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gazette.system.CommandLineInterface;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import FILE.jsonl}: loads articles in the contract's JSON Lines format. */
@Command(name = "import", description = "Import articles from a JSON Lines file (one article per line).")
public class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "JSON Lines file, UTF-8; '-' reads standard input")
    Path file;

    @Override
    public Integer call() throws Exception {
        boolean stdin = "-".equals(file.toString());
        if (!stdin && !Files.isRegularFile(file)) {
            System.err.println("gazette: import: no such file: " + file);
            return 1;
        }
        try (ConfigurableApplicationContext context = CommandLineInterface.startContext();
                InputStream in = stdin ? System.in : Files.newInputStream(file)) {
            ImportReport report = context.getBean(JsonLinesImport.class).importLines(in, System.out);
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
