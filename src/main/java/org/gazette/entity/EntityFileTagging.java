package org.gazette.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.gazette.text.Language;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tags a JSON Lines file of texts ({@code {"id","lang","text"}} a line, other fields ignored) into a JSON
 * Lines file of their names ({@code {"id","entities":[{"start","end","type","text"}]}}, code point
 * offsets, the format of {@code ../shared/understanding/score.py}). Blank lines are skipped. The output
 * is written to a temporary file beside it and moved into place at the end, so a bad line leaves no
 * partial output behind.
 */
final class EntityFileTagging {

    /**
     * What a run did: texts tagged, their length in code points, names found, and the time spent tagging,
     * on the clock and in processor time (which a busy machine does not inflate).
     */
    record Summary(long texts, long codePoints, long mentions, long nanos, long processorNanos) {}

    private final EntityRecognizer recognizer;
    private final ObjectMapper json = JsonMapper.builder().build();

    EntityFileTagging(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    Summary tag(Path in, Path out) throws IOException, BadInputLine {
        Path absolute = out.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), absolute.getFileName() + ".", ".part");
        try {
            Summary summary;
            try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                    Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                summary = tag(reader, writer);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private Summary tag(BufferedReader reader, Writer writer) throws IOException, BadInputLine {
        long number = 0;
        long texts = 0;
        long codePoints = 0;
        long mentions = 0;
        long nanos = 0;
        long processorNanos = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean processorTime = threads.isCurrentThreadCpuTimeSupported();
        String line;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = parse(line, number);
            String id = stringField(node, "id", number);
            String text = stringField(node, "text", number);
            Language language = language(node, number);
            long started = System.nanoTime();
            long startedProcessor = processorTime ? threads.getCurrentThreadCpuTime() : 0;
            ObjectNode result = json.createObjectNode();
            result.put("id", id);
            ArrayNode entities = result.putArray("entities");
            for (Mention mention : recognizer.find(language, text)) {
                ObjectNode entity = entities.addObject();
                entity.put("start", mention.start());
                entity.put("end", mention.end());
                entity.put("type", mention.type().name());
                entity.put("text", mention.text());
                mentions++;
            }
            nanos += System.nanoTime() - started;
            processorNanos += processorTime ? threads.getCurrentThreadCpuTime() - startedProcessor : 0;
            writer.write(json.writeValueAsString(result));
            writer.write('\n');
            texts++;
            codePoints += text.codePointCount(0, text.length());
        }
        return new Summary(texts, codePoints, mentions, nanos, processorNanos);
    }

    private JsonNode parse(String line, long number) throws BadInputLine {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JacksonException e) {
            throw new BadInputLine(number, "not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new BadInputLine(number, "expected a JSON object {\"id\", \"lang\", \"text\"}");
        }
        return node;
    }

    private static String stringField(JsonNode node, String name, long number) throws BadInputLine {
        JsonNode field = node.get(name);
        if (field == null || !field.isString()) {
            throw new BadInputLine(number, "\"" + name + "\" is missing or not a string");
        }
        return field.asString();
    }

    private static Language language(JsonNode node, long number) throws BadInputLine {
        String code = stringField(node, "lang", number);
        if (!Language.isSupported(code)) {
            throw new BadInputLine(
                    number,
                    "unknown language \"" + code + "\"; expected one of " + String.join(", ", Language.SUPPORTED));
        }
        return Language.of(code);
    }
}
