package org.gazette.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gazette.entity.linking.SpellingKey;

/**
 * What an editor's correction is keyed on: a mention's words as {@link SpellingKey}s (the first key of each
 * word, joined by a space), so that a correction made on {@code Aliyev} also holds for {@code Aliev} and for
 * the same name in another case ending where the keys agree. Words no key survives (digits, signs) are kept
 * lower-cased, so that a mention of only such words still has a key.
 */
record SurfaceKey(String value) {

    static SurfaceKey of(String surface, String language) {
        List<String> parts = new ArrayList<>();
        for (String word : surface.split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            Set<SpellingKey> keys = SpellingKey.of(word, language);
            parts.add(
                    keys.isEmpty()
                            ? word.toLowerCase(Locale.ROOT)
                            : keys.iterator().next().value());
        }
        return new SurfaceKey(parts.isEmpty() ? surface.strip().toLowerCase(Locale.ROOT) : String.join(" ", parts));
    }
}
