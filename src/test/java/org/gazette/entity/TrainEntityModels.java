package org.gazette.entity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.ObjectMapper;

/**
 * Rebuilds the entity models shipped in {@code src/main/resources/org/gazette/entity/} from the gold
 * data, and measures them first by cross-validation over documents. Run by {@code
 * tools/train-entities.sh} (see {@link #rebuild_the_models}); see docs/understanding.md.
 *
 * <p>Arguments: the shared folder (default {@code ../shared}), the folder the models go to (default
 * {@code src/main/resources/org/gazette/entity}), the folder for the cross-validated predictions, which
 * {@code score.py} reads (default {@code target/entities}).
 */
public class TrainEntityModels {

    static final int FOLDS = 5;
    static final int EPOCHS = 12;

    /**
     * The other languages whose gold data each language's model also learns from: every feature has a
     * shared and a per-language copy (see {@link TokenFeatures}), so a language gains from the others'
     * data what holds across languages. Azerbaijani, with the least data, learns from both.
     */
    static final Map<String, List<String>> LEARNS_FROM =
            Map.of("ru", List.of("en"), "en", List.of("ru"), "az", List.of("ru", "en"));

    /**
     * The way {@code tools/train-entities.sh} runs {@link #main} through Maven (no plugin beyond Surefire
     * is needed offline): {@code mvn -o test -Dtest=TrainEntityModels -Dgazette.train-entities=true}. The
     * class is not part of the test suite (its name does not end in "Test").
     */
    @Test
    @EnabledIfSystemProperty(named = "gazette.train-entities", matches = "true")
    void rebuild_the_models() throws IOException {
        main(new String[] {System.getProperty("gazette.shared-dir", "../shared")});
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        Path models = Path.of(args.length > 1 ? args[1] : "src/main/resources/org/gazette/entity");
        Path predictions = Path.of(args.length > 2 ? args[2] : "target/entities");
        Files.createDirectories(models);
        Files.createDirectories(predictions);
        KnownNames known = new KnownNames();
        Map<String, List<GoldDocument>> gold = new LinkedHashMap<>();
        gold.put("ru", GoldDocument.read(shared.resolve("understanding/dev/ru-factrueval-dev.jsonl")));
        gold.put("en", GoldDocument.read(shared.resolve("understanding/dev/en-gum-dev.jsonl")));
        gold.put("az", AzerbaijaniGold.read(shared));
        Map<String, List<PreparedDocument>> prepared = new LinkedHashMap<>();
        for (Map.Entry<String, List<GoldDocument>> entry : gold.entrySet()) {
            LanguageSetup setup = LanguageSetup.of(Language.of(entry.getKey()), known);
            List<GoldDocument> sorted = new ArrayList<>(entry.getValue());
            sorted.sort(Comparator.comparing(GoldDocument::id));
            prepared.put(
                    entry.getKey(),
                    sorted.stream().map(d -> PreparedDocument.of(d, setup)).toList());
        }
        String only = System.getProperty("gazette.train-only", "");
        for (Map.Entry<String, List<GoldDocument>> entry : gold.entrySet()) {
            String language = entry.getKey();
            if (!only.isEmpty() && !only.contains(language)) {
                continue;
            }
            LanguageSetup setup = prepared.get(language).isEmpty()
                    ? LanguageSetup.of(Language.of(language), known)
                    : prepared.get(language).get(0).tagger();
            List<GoldDocument> documents = entry.getValue();
            List<PreparedDocument> others = new ArrayList<>();
            for (String other : LEARNS_FROM.get(language)) {
                others.addAll(prepared.get(other));
            }
            long started = System.nanoTime();
            Map<String, List<EntityTags.Span>> predicted =
                    DocumentFolds.predict(prepared.get(language), FOLDS, new TwoPassTraining(EPOCHS), others);
            EntityScores scores = new EntityScores();
            for (GoldDocument document : documents) {
                scores.add(document.names(), predicted.get(document.id()));
            }
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d documents, %d-fold cross-validation by document (%.1f s)%n%s",
                    entry.getKey(),
                    documents.size(),
                    FOLDS,
                    (System.nanoTime() - started) / 1e9,
                    scores.table());
            writePredictions(documents, predicted, predictions.resolve("cv-" + entry.getKey() + ".jsonl"));
            List<PreparedDocument> all = new ArrayList<>(others);
            all.addAll(prepared.get(language));
            TwoPassModel model = new TwoPassTraining(EPOCHS).train(all);
            Path file =
                    models.resolve(Path.of(setup.modelResource()).getFileName().toString());
            try (OutputStream out = Files.newOutputStream(file)) {
                model.write(out);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%s: %,d features -> %s (%,d bytes)%n%n",
                    entry.getKey(),
                    model.featureCount(),
                    file,
                    Files.size(file));
        }
    }

    private static void writePredictions(
            List<GoldDocument> documents, Map<String, List<EntityTags.Span>> predicted, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (GoldDocument document : documents) {
                List<Map<String, Object>> entities = new ArrayList<>();
                String text = document.text();
                for (EntityTags.Span span : predicted.get(document.id())) {
                    Map<String, Object> entity = new LinkedHashMap<>();
                    entity.put("start", text.codePointCount(0, span.start()));
                    entity.put("end", text.codePointCount(0, span.end()));
                    entity.put("type", span.type().name());
                    entity.put("text", text.substring(span.start(), span.end()));
                    entities.add(entity);
                }
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", document.id());
                line.put("entities", entities);
                out.write(json.writeValueAsString(line));
                out.write('\n');
            }
        }
    }
}
