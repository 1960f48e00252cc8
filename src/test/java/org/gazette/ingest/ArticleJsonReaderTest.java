package org.gazette.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleValidator;
import org.gazette.article.BodyFormat;
import org.gazette.article.InvalidArticleException;
import org.gazette.testing.SharedCorpus;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleJsonReaderTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);
    private static final List<Language> ALL = List.of(Language.of("en"), Language.of("ru"), Language.of("az"));

    private final ArticleJsonReader reader = new ArticleJsonReader(new ArticleValidator(ALL, NOW));

    private static final String GOOD =
            """
            {"id": "azertag-2024-09-16-x", "headline": " Headline ", "dek": "", "date": "2024-09-16T14:05:00Z",
             "updated": "2024-09-16T16:05:00+02:00", "body": "One.\\n\\nTwo.", "lang": "en", "section": "politics",
             "tags": ["Azerbaijan", " ", "COP29"], "authors": [], "source": "Azertag",
             "source_url": "https://azertag.az/en/x", "translation_of": null, "unknown_field": 42}""";

    private ArticleInput read(String json) {
        return reader.readLine(json.replace("\n", " ").getBytes(StandardCharsets.UTF_8));
    }

    private void assertRefused(String json, String reason) {
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessage(reason);
    }

    @Test
    void readsEveryFieldOfTheImportFormatAndIgnoresUnknownOnes() {
        ArticleInput input = read(GOOD);
        assertThat(input.externalId()).isEqualTo("azertag-2024-09-16-x");
        assertThat(input.headline()).isEqualTo("Headline");
        assertThat(input.dek()).isNull();
        assertThat(input.publishedAt()).isEqualTo(Instant.parse("2024-09-16T14:05:00Z"));
        assertThat(input.updatedAt()).isEqualTo(Instant.parse("2024-09-16T14:05:00Z"));
        assertThat(input.bodyFormat()).isEqualTo(BodyFormat.TEXT);
        assertThat(input.tags()).containsExactly("Azerbaijan", "COP29");
        assertThat(input.source()).isEqualTo("Azertag");
        assertThat(input.sourceUrl()).isEqualTo("https://azertag.az/en/x");
    }

    static Stream<Arguments> malformedLines() {
        return Stream.of(
                Arguments.of("[1, 2]", "expected a JSON object, got an array"),
                Arguments.of("\"just a string\"", "expected a JSON object, got the string 'just a string'"),
                Arguments.of("{\"id\": \"a\"}{\"id\": \"b\"}", "invalid JSON"),
                Arguments.of("{\"id\": \"a\",}", "invalid JSON"),
                Arguments.of("{'id': 'a'}", "invalid JSON"),
                Arguments.of("{id: \"a\"}", "invalid JSON"),
                Arguments.of("{\"id\": \"a\", \"headline\": \"h\"", "invalid JSON"),
                Arguments.of("{\"id\": \"a\", \"id\": \"b\"}", "invalid JSON"));
    }

    @ParameterizedTest
    @MethodSource("malformedLines")
    void malformedJsonIsRefused(String json, String reasonStart) {
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith(reasonStart)
                .message()
                .doesNotContain("Source", "REDACTED", "jackson", "StreamReadFeature");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "headline", "date", "body", "lang"})
    void everyRequiredFieldIsRequired(String field) {
        assertRefused(
                GOOD.replaceFirst("\"" + field + "\": \"[^\"]*\",", ""), "missing required field '" + field + "'");
        assertRefused(
                GOOD.replaceFirst("\"" + field + "\": \"[^\"]*\"", "\"" + field + "\": \"  \""),
                "field '" + field + "' must not be empty");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-13-01T10:00:00Z",
                "2023-02-29T10:00:00Z",
                "16.09.2024 14:05",
                "yesterday",
                "2024-09-16T25:00:00Z",
                "2024-09-16T14:05:00",
                "2024-09-16"
            })
    void datesMustBeRealIsoInstantsWithAZone(String date) {
        assertRefused(
                GOOD.replace("2024-09-16T14:05:00Z", date),
                "field 'date' must be an ISO-8601 date-time with a " + "time zone, such as 2024-09-16T14:05:00Z, got '"
                        + date + "'");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "date|+99999-01-01T00:00:00Z", "date|-0001-01-01T00:00:00Z", "date|0000-01-01T00:00:00Z",
                "date|9999-12-31T23:59:59Z", "date|1899-12-31T23:59:59Z", "date|2026-12-04T12:00:01Z",
                "updated|+99999-01-01T00:00:00Z", "updated|0000-06-01T00:00:00+04:00", "updated|9999-12-31T23:59:59Z"
            })
    void datesOutsideTheStoryRangeAreRefusedNamingTheField(String field, String date) {
        String line = field.equals("date")
                ? GOOD.replace("2024-09-16T14:05:00Z", date)
                : GOOD.replace("2024-09-16T16:05:00+02:00", date);
        assertThatThrownBy(() -> read(line)).isInstanceOfSatisfying(InvalidArticleException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.value()).isEqualTo(date);
            assertThat(e)
                    .hasMessage("field '" + field + "' must lie between 1900-01-01T00:00:00Z and 24 hours from"
                            + " now (2026-12-04T12:00:00Z); a later story is published by scheduling, got '" + date
                            + "'");
        });
    }

    @Test
    void theEdgesOfTheStoryRangeAreAccepted() {
        assertThat(read(GOOD.replace("2024-09-16T14:05:00Z", "1900-01-01T00:00:00Z"))
                        .publishedAt())
                .isEqualTo(Instant.parse("1900-01-01T00:00:00Z"));
        assertThat(read(GOOD.replace("2024-09-16T14:05:00Z", "2026-12-04T14:00:00+02:00"))
                        .publishedAt())
                .isEqualTo(Instant.parse("2026-12-04T12:00:00Z"));
    }

    @Test
    void aRefusalCarriesTheFieldAndTheValueAsSent() {
        assertThatThrownBy(() -> read(GOOD.replace("\"lang\": \"en\"", "\"lang\": \"fr\"")))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
                    assertThat(e.field()).isEqualTo("lang");
                    assertThat(e.value()).isEqualTo("fr");
                });
        assertThatThrownBy(() -> read("[1]"))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.field())
                        .isNull());
    }

    @Test
    void duplicateKeysAreRefusedNamingTheKey() {
        assertRefused(
                GOOD.replace("\"dek\": \"\"", "\"id\": \"other\""),
                "invalid JSON: Duplicate Object property \"id\" (column 62)");
    }

    @Test
    void aDateThatIsANumberIsRefused() {
        assertRefused(
                GOOD.replace("\"2024-09-16T14:05:00Z\"", "1726495500"),
                "field 'date' must be a string, got the number 1726495500");
    }

    @Test
    void unknownLanguageIsRefusedNamingIt() {
        assertRefused(
                GOOD.replace("\"lang\": \"en\"", "\"lang\": \"fr\""),
                "field 'lang' names an unknown language 'fr'; expected one of en, ru, az");
    }

    @Test
    void aLanguageTheSiteDoesNotPublishIsRefused() {
        ArticleJsonReader englishOnly = new ArticleJsonReader(new ArticleValidator(List.of(Language.of("en")), NOW));
        assertThatThrownBy(() -> englishOnly.readLine(GOOD.replace("\n", " ")
                        .replace("\"lang\": \"en\"", "\"lang\": \"ru\"")
                        .getBytes(StandardCharsets.UTF_8)))
                .hasMessage("field 'lang' is 'ru', which this site does not publish (GAZETTE_LANGUAGES=en)");
    }

    @Test
    void nulCharactersAndBytesAreRefused() {
        assertRefused(GOOD.replace("One.", "One\\u0000."), "field 'body' contains a NUL character");
        byte[] raw =
                GOOD.replace("\n", " ").replace("Headline", "Head\u0000line").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.readLine(raw)).hasMessage("contains a NUL byte");
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] raw = GOOD.replace("\n", " ").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[raw.length + 2];
        System.arraycopy(raw, 0, broken, 0, raw.length);
        broken[raw.length] = (byte) 0xC3;
        broken[raw.length + 1] = (byte) 0x28;
        assertThatThrownBy(() -> reader.readLine(broken)).hasMessage("is not valid UTF-8");
    }

    @Test
    void bodiesOverOneMebibyteAreRefused() {
        String huge = "x".repeat(ArticleValidator.MAX_BODY_BYTES + 1);
        assertRefused(
                GOOD.replace("One.\\n\\nTwo.", huge), "field 'body' is 1048577 bytes; the limit is 1048576 (1 MiB)");
    }

    @Test
    void sourceUrlMustBeAWebAddress() {
        assertRefused(
                GOOD.replace("https://azertag.az/en/x", "javascript:alert(1)"),
                "field 'source_url' must be an absolute http(s) URL, got 'javascript:alert(1)'");
    }

    @Test
    void tagsMustBeAnArrayOfStrings() {
        assertRefused(
                GOOD.replace("[\"Azerbaijan\", \" \", \"COP29\"]", "\"Azerbaijan\""),
                "field 'tags' must be an array of strings, got the string 'Azerbaijan'");
        assertRefused(
                GOOD.replace("[\"Azerbaijan\", \" \", \"COP29\"]", "[\"Azerbaijan\", 3]"),
                "field 'tags' must be an array of strings, but holds the number 3");
    }

    @Test
    void idsAreLimitedToUrlSafeCharacters() {
        assertRefused(
                GOOD.replace("azertag-2024-09-16-x", "has space"),
                "field 'id' must be at most 200 letters, digits and . _ : ~ @ + -, got 'has space'");
    }

    @Test
    void everyLineOfTheRealCorporaIsAccepted() throws IOException {
        Path real = SharedCorpus.require("corpus/real");
        int lines = 0;
        try (var files = Files.list(real)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    read(line);
                    lines++;
                }
            }
        }
        assertThat(lines).isGreaterThan(900);
    }
}
