package org.gazette.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code entities IN OUT}: names out for texts in, and bad input refused with its line number. */
class EntitiesCommandTest {

    private static EntityRecognizer recognizer;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadModels() {
        recognizer = new EntityRecognizer();
    }

    private record Run(int status, String out, String err) {}

    private Run run(Path in, Path out) throws Exception {
        EntitiesCommand command = new EntitiesCommand(recognizer);
        command.in = in;
        command.out = out;
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            int status = command.call();
            return new Run(
                    status, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    void writes_the_names_of_every_text_with_code_point_offsets_and_the_id() throws Exception {
        Path in = folder.resolve("in.jsonl");
        Files.writeString(
                in,
                """
                {"id": "a", "lang": "en", "text": "🙂 Ilham Aliyev spoke with Antony Blinken about Armenia.", "headline": "ignored"}

                {"id": "b", "lang": "ru", "text": "Президент Азербайджана Ильхам Алиев прилетел в Москву."}
                {"id": "c", "lang": "az", "text": ""}
                """);
        Path out = folder.resolve("out.jsonl");

        Run run = run(in, out);

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("3 texts").contains("characters/s");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(3);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("id").asString()).isEqualTo("a");
        String text = "🙂 Ilham Aliyev spoke with Antony Blinken about Armenia.";
        boolean aliyev = false;
        for (JsonNode entity : first.get("entities")) {
            int start = text.offsetByCodePoints(0, entity.get("start").asInt());
            int end = text.offsetByCodePoints(0, entity.get("end").asInt());
            assertThat(text.substring(start, end)).isEqualTo(entity.get("text").asString());
            aliyev |= entity.get("text").asString().equals("Ilham Aliyev")
                    && entity.get("type").asString().equals("PER")
                    && entity.get("start").asInt() == 2;
        }
        assertThat(aliyev).isTrue();
        assertThat(json.readTree(lines.get(1)).get("entities").toString()).contains("\"LOC\"", "Москву");
        assertThat(json.readTree(lines.get(2)).get("entities").size()).isZero();
    }

    @Test
    void refuses_a_malformed_line_with_its_number_and_leaves_no_output() throws Exception {
        assertRefused(
                "{\"id\": \"a\", \"lang\": \"en\", \"text\": \"fine\"}\n{\"id\": \"b\", \"lang\": \"en\", \"text\": \n",
                "line 2: not JSON");
    }

    @Test
    void refuses_a_line_without_an_id_or_text() throws Exception {
        assertRefused("{\"lang\": \"en\", \"text\": \"no id\"}\n", "line 1: \"id\" is missing");
        assertRefused("{\"id\": \"a\", \"lang\": \"en\"}\n", "line 1: \"text\" is missing");
        assertRefused("[1, 2]\n", "line 1: expected a JSON object");
    }

    @Test
    void refuses_an_unknown_language_naming_the_known_ones() throws Exception {
        assertRefused(
                "{\"id\": \"a\", \"lang\": \"en\", \"text\": \"x\"}\n\n{\"id\": \"b\", \"lang\": \"de\", \"text\": \"x\"}\n",
                "line 3: unknown language \"de\"; expected one of en, ru, az");
    }

    @Test
    void keeps_an_existing_output_file_when_the_input_is_bad() throws Exception {
        Path in = folder.resolve("in.jsonl");
        Files.writeString(in, "not json\n");
        Path out = folder.resolve("out.jsonl");
        Files.writeString(out, "earlier run\n");

        Run run = run(in, out);

        assertThat(run.status()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("earlier run\n");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.jsonl", "out.jsonl");
        }
    }

    @Test
    void refuses_a_missing_input_file() throws Exception {
        Run run = run(folder.resolve("absent.jsonl"), folder.resolve("out.jsonl"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no such file");
        assertThat(folder.resolve("out.jsonl")).doesNotExist();
    }

    private void assertRefused(String input, String reason) throws Exception {
        Path in = folder.resolve("in.jsonl");
        Files.writeString(in, input);
        Path out = folder.resolve("out.jsonl");
        Files.deleteIfExists(out);

        Run run = run(in, out);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(reason).contains("nothing written");
        assertThat(out).doesNotExist();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("in.jsonl");
        }
    }
}
