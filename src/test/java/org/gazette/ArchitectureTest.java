package org.gazette;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package structure of docs/architecture.md, as checks: feature packages depend on each other
 * without cycles, and only {@code org.gazette.article} writes the {@code articles} table.
 */
class ArchitectureTest {

    private static final JavaClasses GAZETTE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gazette");

    /** An SQL statement that changes rows of {@code articles} (not of {@code article_tags} and the like). */
    private static final Pattern WRITES_ARTICLES =
            Pattern.compile("\\b(insert\\s+into|update|delete\\s+from)\\s+articles\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.gazette.(*)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .check(GAZETTE);
    }

    @Test
    void theWholeApplicationIsChecked() {
        // an import that found nothing would pass every rule above
        assertThat(GAZETTE.stream().map(javaClass -> javaClass.getPackageName()))
                .contains(
                        "org.gazette.article",
                        "org.gazette.taxonomy",
                        "org.gazette.site",
                        "org.gazette.web",
                        "org.gazette.text",
                        "org.gazette.system",
                        "org.gazette.newsroom");
    }

    @Test
    void onlyTheArticlePackageWritesTheArticlesTable() throws IOException {
        Path main = Path.of("src/main/java/org/gazette");
        assertThat(main)
                .as("the main source tree (tests run from the project directory)")
                .isDirectory();

        List<String> writers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(main.resolve("article")))
                    .forEach(file -> writers.addAll(articleWrites(main, file)));
        }

        assertThat(writers)
                .as("SQL writing the articles table outside org.gazette.article (use ArticleStore)")
                .isEmpty();
    }

    @Test
    void theArticleWriteCheckRecognisesWritesAndOnlyThem() {
        assertThat(WRITES_ARTICLES
                        .matcher("update articles set source_id = :to")
                        .find())
                .isTrue();
        assertThat(WRITES_ARTICLES.matcher("\"UPDATE  Articles SET x = 1\"").find())
                .isTrue();
        assertThat(WRITES_ARTICLES
                        .matcher("insert into articles (id) values (1)")
                        .find())
                .isTrue();
        assertThat(WRITES_ARTICLES.matcher("delete from articles where id = 1").find())
                .isTrue();
        assertThat(WRITES_ARTICLES
                        .matcher("delete from article_tags where tag_id = 1")
                        .find())
                .isFalse();
        assertThat(WRITES_ARTICLES.matcher("select count(*) from articles").find())
                .isFalse();
        assertThat(WRITES_ARTICLES.matcher("update articles_fts set body = ''").find())
                .isFalse();
    }

    private static List<String> articleWrites(Path main, Path file) {
        try {
            // the whole file at once: a statement in a text block may break its line after "update"
            String source = Files.readString(file, StandardCharsets.UTF_8);
            List<String> found = new ArrayList<>();
            Matcher write = WRITES_ARTICLES.matcher(source);
            while (write.find()) {
                long line = source.substring(0, write.start())
                                .chars()
                                .filter(c -> c == '\n')
                                .count()
                        + 1;
                found.add(main.relativize(file) + ":" + line + ": "
                        + write.group().replaceAll("\\s+", " "));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
