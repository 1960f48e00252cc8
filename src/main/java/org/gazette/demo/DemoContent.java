package org.gazette.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.gazette.article.ArticleRepository;
import org.gazette.ingest.ImportReport;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.system.GazetteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Loads {@code demo/articles.jsonl} through the ordinary importer when the site has no articles yet. */
@Component
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    static final String RESOURCE = "demo/articles.jsonl";

    private final GazetteProperties properties;
    private final ArticleRepository articles;
    private final JsonLinesImport importer;

    DemoContent(GazetteProperties properties, ArticleRepository articles, JsonLinesImport importer) {
        this.properties = properties;
        this.articles = articles;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.demoContent() || articles.countAll() > 0) {
            return;
        }
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            ImportReport report = importer.importLines(
                    in, new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
            if (!report.succeeded()) {
                throw new IllegalStateException("the bundled demo content is broken: " + report.errors());
            }
            log.info("Loaded demo content: {}", report.summary());
        }
    }
}
