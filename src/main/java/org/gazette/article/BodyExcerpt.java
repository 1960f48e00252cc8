package org.gazette.article;

import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The opening words of a rendered body as plain text, for descriptions and feed summaries of stories
 * that have no dek. Cuts at a word boundary and marks the cut with an ellipsis.
 */
public final class BodyExcerpt {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private BodyExcerpt() {}

    /** At most {@code maxChars} characters of the body's text, plus an ellipsis when it was cut. */
    public static String of(String html, int maxChars) {
        if (maxChars < 20) {
            throw new IllegalArgumentException("an excerpt must allow at least 20 characters, got " + maxChars);
        }
        String text = SPACES.matcher(HtmlUtils.htmlUnescape(
                        TAG.matcher(html == null ? "" : html).replaceAll(" ")))
                .replaceAll(" ")
                .strip();
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars);
        // keep whole words unless the first word alone is longer than half the excerpt
        return text.substring(0, cut > maxChars / 2 ? cut : maxChars) + "…";
    }
}
