package org.gazette.entity.linking;

import java.util.Arrays;
import org.gazette.entity.EntityType;
import org.gazette.entity.Mention;

/**
 * The text around a story's mentions, found by code point offsets in constant time however long the story:
 * the words before a name, where a title stands, and what stands between two mentions. Offsets outside the text
 * read as no text, so a mention from a bad offset never throws.
 */
final class StoryText {

    /** A title stands in the last words before a name; more text than this is never read for one. */
    private static final int MAX_BEFORE = 300;

    private final Story story;
    private final int[] charIndex;
    private final int[] personEnds;

    StoryText(Story story) {
        this.story = story;
        String text = story.text();
        int codePoints = text.codePointCount(0, text.length());
        this.charIndex = new int[codePoints + 1];
        int at = 0;
        for (int cp = 0; cp < codePoints; cp++) {
            charIndex[cp] = at;
            at += Character.charCount(text.codePointAt(at));
        }
        charIndex[codePoints] = text.length();
        this.personEnds = story.mentions().stream()
                .filter(mention -> mention.type() == EntityType.PER)
                .mapToInt(Mention::end)
                .sorted()
                .toArray();
    }

    String language() {
        return story.language();
    }

    /** The text before a person's name, from the end of the previous person's name on, at most the last words. */
    String beforePerson(Mention mention) {
        int i = Arrays.binarySearch(personEnds, mention.start() + 1);
        int insertion = i >= 0 ? i : -i - 1;
        int from = 0;
        for (int j = insertion - 1; j >= 0; j--) {
            if (personEnds[j] <= mention.start()) {
                from = personEnds[j];
                break;
            }
        }
        return codePoints(Math.max(from, mention.start() - MAX_BEFORE), mention.start());
    }

    /** The text between the end of one mention and the start of the next. */
    String between(Mention first, Mention second) {
        return first.end() <= second.start() ? codePoints(first.end(), second.start()) : "";
    }

    private String codePoints(int from, int to) {
        int length = charIndex.length - 1;
        if (from < 0 || from > length || to > length || from > to) {
            return "";
        }
        return story.text().substring(charIndex[from], charIndex[to]);
    }
}
