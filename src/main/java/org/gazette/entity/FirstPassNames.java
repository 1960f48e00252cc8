package org.gazette.entity;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a first tagging pass found in the whole document, as evidence for the second: a text names the
 * same person, organisation or place several times, and a name that is clear in one sentence ("President
 * Ilham Aliyev") settles it in another ("Aliyev said"). Words are matched by their first five letters,
 * so that inflected forms meet ("Путин", "Путина").
 */
final class FirstPassNames {

    private final Locale locale;
    private final Map<String, Map<EntityType, Integer>> typesByWord = new HashMap<>();

    FirstPassNames(List<List<Token>> sentences, List<int[]> tags, Locale locale) {
        this.locale = locale;
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> sentence = sentences.get(s);
            int[] sentenceTags = tags.get(s);
            for (int i = 0; i < sentence.size(); i++) {
                if (sentenceTags[i] != EntityTags.OUTSIDE) {
                    typesByWord
                            .computeIfAbsent(key(sentence.get(i).text()), word -> new EnumMap<>(EntityType.class))
                            .merge(EntityTags.type(sentenceTags[i]), 1, Integer::sum);
                }
            }
        }
    }

    private String key(String word) {
        String lower = word.toLowerCase(locale);
        return lower.length() <= 5 ? lower : lower.substring(0, 5);
    }

    /** Features of a token from the first pass: its own tag there, and its word's type elsewhere. */
    void describe(List<Token> sentence, int[] firstTags, int i, List<String> features) {
        features.add("p0=" + firstTags[i]);
        features.add("p-1p0=" + (i == 0 ? "<s>" : firstTags[i - 1]) + "|" + firstTags[i]);
        features.add("p0p+1=" + firstTags[i] + "|" + (i + 1 < firstTags.length ? firstTags[i + 1] : "</s>"));
        String text = sentence.get(i).text();
        if (!Character.isLetter(text.codePointAt(0))) {
            return;
        }
        Map<EntityType, Integer> types = typesByWord.get(key(text));
        if (types == null) {
            return;
        }
        EntityType most = null;
        int total = 0;
        for (Map.Entry<EntityType, Integer> entry : types.entrySet()) {
            total += entry.getValue();
            if (most == null || entry.getValue() > types.get(most)) {
                most = entry.getKey();
            }
        }
        features.add("doc-type=" + most);
        features.add("doc-type=" + most + "|" + firstTags[i]);
        if (total > 1) {
            features.add("doc-type-often=" + most);
        }
    }
}
