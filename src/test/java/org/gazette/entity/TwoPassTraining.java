package org.gazette.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains both passes of a {@link LanguageTagger}. The first pass learns from all training documents. The
 * second pass must learn from first-pass output as it looks on unseen text, so the training documents
 * are split into parts ({@value #INNER_FOLDS} by default) and each part's first-pass tags come from a
 * model trained on the other parts only (stacking).
 */
final class TwoPassTraining {

    static final int INNER_FOLDS = 4;

    private final int epochs;
    private final int innerFolds;

    TwoPassTraining(int epochs) {
        this(epochs, INNER_FOLDS);
    }

    TwoPassTraining(int epochs, int innerFolds) {
        this.epochs = epochs;
        this.innerFolds = innerFolds;
    }

    TwoPassModel train(List<PreparedDocument> documents) {
        TaggingModel first = new PerceptronTraining(epochs).train(firstPass(documents));
        List<PerceptronTraining.LabelledSentence> second = new ArrayList<>();
        for (int fold = 0; fold < innerFolds; fold++) {
            List<PreparedDocument> rest = new ArrayList<>();
            List<PreparedDocument> held = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                (i % innerFolds == fold ? held : rest).add(documents.get(i));
            }
            TaggingModel inner = new PerceptronTraining(epochs).train(firstPass(rest));
            for (PreparedDocument document : held) {
                second.addAll(document.secondPassSentences(inner));
            }
        }
        return new TwoPassModel(first, new PerceptronTraining(epochs).train(second));
    }

    private static List<PerceptronTraining.LabelledSentence> firstPass(List<PreparedDocument> documents) {
        List<PerceptronTraining.LabelledSentence> sentences = new ArrayList<>();
        for (PreparedDocument document : documents) {
            sentences.addAll(document.firstPassSentences());
        }
        return sentences;
    }
}
