package org.gazette.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Names written for a test as "text/TYPE", found in the text in order ("Lee Cheuk/PER"), and names written
 * back the same way, for the tests of the rules that run after the tagger.
 */
final class TaggedNames {

    private TaggedNames() {}

    /** The spans of the given names, each found in {@code text} after the one before it. */
    static List<EntityTags.Span> in(String text, String... tagged) {
        List<EntityTags.Span> names = new ArrayList<>();
        int from = 0;
        for (String name : tagged) {
            int slash = name.lastIndexOf('/');
            String words = name.substring(0, slash);
            int start = text.indexOf(words, from);
            if (start < 0) {
                throw new IllegalArgumentException("\"" + words + "\" is not in the text after position " + from);
            }
            names.add(
                    new EntityTags.Span(start, start + words.length(), EntityType.valueOf(name.substring(slash + 1))));
            from = start + words.length();
        }
        return names;
    }

    /** The names as "text/TYPE". */
    static List<String> written(String text, List<EntityTags.Span> names) {
        return names.stream()
                .map(span -> text.substring(span.start(), span.end()) + "/" + span.type())
                .toList();
    }
}
