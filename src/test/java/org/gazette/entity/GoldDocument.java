package org.gazette.entity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A text with its names marked by hand, as the gold files of {@code ../shared/understanding/} give it
 * (code point offsets), turned into UTF-16 positions for the tagger.
 */
record GoldDocument(String id, String lang, String text, List<EntityTags.Span> names) {

    static List<GoldDocument> read(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldDocument> documents = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            String text = node.get("text").asString();
            List<EntityTags.Span> names = new ArrayList<>();
            for (JsonNode entity : node.get("entities")) {
                int start = text.offsetByCodePoints(0, entity.get("start").asInt());
                int end = text.offsetByCodePoints(0, entity.get("end").asInt());
                names.add(new EntityTags.Span(
                        start, end, EntityType.valueOf(entity.get("type").asString())));
            }
            documents.add(
                    new GoldDocument(node.get("id").asString(), node.get("lang").asString(), text, names));
        }
        return documents;
    }
}
