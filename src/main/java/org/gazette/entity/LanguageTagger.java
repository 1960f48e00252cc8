package org.gazette.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds names in plain text of one language: cuts the text into words and sentences, describes each
 * word by its features, tags every sentence with the first model, then again with the second, which also
 * sees what the first found in the whole document.
 */
final class LanguageTagger {

    private final LanguageSetup setup;
    private final TwoPassModel model;

    LanguageTagger(LanguageSetup setup, TwoPassModel model) {
        this.setup = setup;
        this.model = model;
    }

    /** The names in the text, in UTF-16 positions, in text order. */
    List<EntityTags.Span> find(String text) {
        List<List<Token>> sentences = setup.sentences(text);
        TokenFeatures features = setup.features();
        DocumentWords words = new DocumentWords(sentences, features.locale());
        List<List<String[]>> described = new ArrayList<>(sentences.size());
        List<int[]> firstTags = new ArrayList<>(sentences.size());
        for (List<Token> sentence : sentences) {
            List<String[]> f = features.of(sentence, words);
            described.add(f);
            firstTags.add(model.first().tag(f));
        }
        FirstPassNames firstNames = new FirstPassNames(sentences, firstTags, features.locale());
        List<EntityTags.Span> names = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> sentence = sentences.get(s);
            int[] tags = model.second()
                    .tag(features.withFirstPass(sentence, described.get(s), firstTags.get(s), firstNames));
            names.addAll(EntityTags.decode(sentence, tags));
        }
        List<EntityTags.Span> ruled =
                switch (setup.language().code()) {
                    case "en" ->
                        InstitutionNames.join(
                                text, HyphenatedGivenNames.extend(text, AdjectivalNames.drop(text, names)));
                    case "ru" -> QuotedOrganisationNames.mark(text, names);
                    default -> names;
                };
        return RepeatedAcronyms.complete(text, sentences, ruled);
    }
}
