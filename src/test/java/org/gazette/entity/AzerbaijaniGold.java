package org.gazette.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The Azerbaijani gold set (rules in docs/understanding.md), from three sources kept in {@code
 * src/test/resources/entity/}: sentences written for Gazette, with their names marked in place ({@code
 * az-gold-own.txt}); the names of the Azerbaijani demo stories ({@code az-gold-demo.tsv}); and the names of
 * {@code ../shared/corpus/az-seed.txt}, stored as line numbers and offsets only, since that text stays in
 * {@code ../shared} ({@code az-gold-seed.tsv}; left out when {@code ../shared} is absent).
 */
final class AzerbaijaniGold {

    private static final Pattern MARK = Pattern.compile("\\[(PER|ORG|LOC) ([^\\]]+)]");
    private static final int SEED_LINES_PER_DOCUMENT = 6;

    private AzerbaijaniGold() {}

    static List<GoldDocument> read(Path shared) throws IOException {
        List<GoldDocument> documents = new ArrayList<>(own());
        documents.addAll(demo());
        Path seed = shared.resolve("corpus/az-seed.txt");
        if (Files.isRegularFile(seed)) {
            documents.addAll(seed(seed));
        }
        return documents;
    }

    static List<GoldDocument> own() {
        List<GoldDocument> documents = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<EntityTags.Span> names = new ArrayList<>();
        for (String line : resourceLines("az-gold-own.txt")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!text.isEmpty()) {
                    documents.add(new GoldDocument(
                            "az-own-" + (documents.size() + 1), "az", text.toString(), List.copyOf(names)));
                    text.setLength(0);
                    names.clear();
                }
                continue;
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            Matcher mark = MARK.matcher(line);
            int from = 0;
            while (mark.find()) {
                text.append(line, from, mark.start());
                int start = text.length();
                text.append(mark.group(2));
                names.add(new EntityTags.Span(start, text.length(), EntityType.valueOf(mark.group(1))));
                from = mark.end();
            }
            text.append(line.substring(from));
        }
        if (!text.isEmpty()) {
            documents.add(new GoldDocument("az-own-" + (documents.size() + 1), "az", text.toString(), names));
        }
        return documents;
    }

    static List<GoldDocument> demo() {
        Map<String, String> stories = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = AzerbaijaniGold.class.getResourceAsStream("/demo/articles.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode story = json.readTree(line);
                    stories.put(
                            story.get("id").asString(),
                            story.get("headline").asString() + "\n\n"
                                    + story.get("body").asString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<EntityTags.Span>> names = new java.util.LinkedHashMap<>();
        for (String line : resourceLines("az-gold-demo.tsv")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t");
            String text = stories.get(columns[0]);
            if (text == null) {
                throw new IllegalStateException("no demo story " + columns[0]);
            }
            List<EntityTags.Span> found = names.computeIfAbsent(columns[0], id -> new ArrayList<>());
            int before = found.size();
            for (int at = text.indexOf(columns[2]); at >= 0; at = text.indexOf(columns[2], at + 1)) {
                int end = at + columns[2].length();
                if (!wordAt(text, at - 1) && !wordAt(text, end)) {
                    found.add(new EntityTags.Span(at, end, EntityType.valueOf(columns[1])));
                }
            }
            if (found.size() == before) {
                throw new IllegalStateException("\"" + columns[2] + "\" is not a word of " + columns[0]);
            }
        }
        List<GoldDocument> documents = new ArrayList<>();
        for (Map.Entry<String, String> story : stories.entrySet()) {
            if (story.getKey().endsWith("-az")) {
                List<EntityTags.Span> spans = new ArrayList<>(names.getOrDefault(story.getKey(), List.of()));
                spans.sort(java.util.Comparator.comparingInt(EntityTags.Span::start));
                documents.add(new GoldDocument("az-demo-" + story.getKey(), "az", story.getValue(), spans));
            }
        }
        documents.sort(java.util.Comparator.comparing(GoldDocument::id));
        return documents;
    }

    static List<GoldDocument> seed(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<Integer, List<String[]>> byLine = new HashMap<>();
        for (String row : resourceLines("az-gold-seed.tsv")) {
            if (!row.startsWith("#") && !row.isBlank()) {
                String[] columns = row.split("\t");
                byLine.computeIfAbsent(Integer.parseInt(columns[0]), n -> new ArrayList<>())
                        .add(columns);
            }
        }
        List<GoldDocument> documents = new ArrayList<>();
        for (int first = 1; first <= lines.size(); first += SEED_LINES_PER_DOCUMENT) {
            StringBuilder text = new StringBuilder();
            List<EntityTags.Span> names = new ArrayList<>();
            for (int n = first; n < first + SEED_LINES_PER_DOCUMENT && n <= lines.size(); n++) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                String line = lines.get(n - 1);
                int offset = text.length();
                for (String[] name : byLine.getOrDefault(n, List.of())) {
                    int start = line.offsetByCodePoints(0, Integer.parseInt(name[1]));
                    int end = line.offsetByCodePoints(0, Integer.parseInt(name[2]));
                    names.add(new EntityTags.Span(offset + start, offset + end, EntityType.valueOf(name[3])));
                }
                text.append(line);
            }
            documents.add(new GoldDocument("az-seed-" + first, "az", text.toString(), names));
        }
        return documents;
    }

    private static boolean wordAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    private static List<String> resourceLines(String name) {
        try (InputStream in = AzerbaijaniGold.class.getResourceAsStream("/entity/" + name)) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
