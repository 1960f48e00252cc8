package org.gazette.entity;

import java.util.List;
import org.gazette.text.Language;

/**
 * How one language's text is read for its tagger: how it is cut into words (hyphens join words in Russian
 * only) and sentences, how words are described, and where the language's model is kept on the class
 * path. Training and tagging use the same setup, so a model sees the features it learnt from.
 */
record LanguageSetup(Language language, WordSplitter splitter, TokenFeatures features, String modelResource) {

    static LanguageSetup of(Language language, KnownNames known) {
        String code = language.code();
        DictionaryWords dictionary =
                switch (code) {
                    case "ru" -> DictionaryWords.russian();
                    case "en" -> DictionaryWords.english();
                    default -> DictionaryWords.none();
                };
        return new LanguageSetup(
                language,
                new WordSplitter(code.equals("ru")),
                new TokenFeatures(language.locale(), known, dictionary),
                "/org/gazette/entity/tagger-" + code + ".bin.gz");
    }

    List<List<Token>> sentences(String text) {
        return Sentences.of(text, splitter.split(text));
    }
}
