package org.gazette.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * A gold document made ready for training: cut into sentences the way its language's tagger cuts text,
 * each token described by its first-pass features and labelled with its gold tag.
 */
record PreparedDocument(
        GoldDocument gold,
        LanguageSetup tagger,
        List<List<Token>> sentences,
        List<List<String[]>> features,
        List<int[]> tags) {

    static PreparedDocument of(GoldDocument gold, LanguageSetup tagger) {
        List<List<Token>> sentences = tagger.sentences(gold.text());
        DocumentWords words = new DocumentWords(sentences, tagger.features().locale());
        List<List<String[]>> features = new ArrayList<>();
        List<int[]> tags = new ArrayList<>();
        for (List<Token> sentence : sentences) {
            features.add(tagger.features().of(sentence, words));
            tags.add(EntityTags.encode(sentence, gold.names()));
        }
        return new PreparedDocument(gold, tagger, sentences, features, tags);
    }

    List<PerceptronTraining.LabelledSentence> firstPassSentences() {
        List<PerceptronTraining.LabelledSentence> labelled = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            labelled.add(new PerceptronTraining.LabelledSentence(features.get(s), tags.get(s)));
        }
        return labelled;
    }

    /** The sentences with second-pass features, given what a first-pass model (that never saw it) found. */
    List<PerceptronTraining.LabelledSentence> secondPassSentences(TaggingModel firstPass) {
        List<int[]> firstTags = new ArrayList<>();
        for (List<String[]> sentence : features) {
            firstTags.add(firstPass.tag(sentence));
        }
        FirstPassNames names =
                new FirstPassNames(sentences, firstTags, tagger.features().locale());
        List<PerceptronTraining.LabelledSentence> labelled = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            labelled.add(new PerceptronTraining.LabelledSentence(
                    tagger.features().withFirstPass(sentences.get(s), features.get(s), firstTags.get(s), names),
                    tags.get(s)));
        }
        return labelled;
    }
}
