package org.gazette.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-validation over documents: the documents are dealt into k folds in turn, and each fold is tagged
 * by a model trained on the other folds only (and on gold data of other languages, if given), so no
 * document is scored by a model that saw it.
 */
final class DocumentFolds {

    private DocumentFolds() {}

    /** Every document's predicted names, keyed by document id, in the documents' order. */
    static Map<String, List<EntityTags.Span>> predict(
            List<PreparedDocument> documents, int k, TwoPassTraining training, List<PreparedDocument> alsoLearnFrom) {
        Map<String, List<EntityTags.Span>> predicted = new LinkedHashMap<>();
        for (PreparedDocument document : documents) {
            predicted.put(document.gold().id(), List.of());
        }
        for (int fold = 0; fold < k; fold++) {
            List<PreparedDocument> learnFrom = new ArrayList<>(alsoLearnFrom);
            List<PreparedDocument> held = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                (i % k == fold ? held : learnFrom).add(documents.get(i));
            }
            if (held.isEmpty()) {
                continue;
            }
            TwoPassModel model = training.train(learnFrom);
            for (PreparedDocument document : held) {
                LanguageTagger tagger = new LanguageTagger(document.tagger(), model);
                predicted.put(document.gold().id(), tagger.find(document.gold().text()));
            }
        }
        return predicted;
    }
}
