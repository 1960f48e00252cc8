package org.gazette.article;

import java.util.regex.Pattern;
import org.gazette.text.Abbreviation;

/**
 * An article's id in the import format: the writer's own name for the story, stable across edits
 * and re-imports, and part of API URLs, so it is limited to URL-safe ASCII.
 */
public record ExternalId(String value) {

    public static final int MAX_LENGTH = 200;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:~@+\\-]+");

    /** Refuses anything but 1 to {@value #MAX_LENGTH} URL-safe characters, quoting it. */
    public ExternalId {
        if (value == null || value.isBlank()) {
            throw new InvalidArticleException("id", value, "field 'id' must not be empty");
        }
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidArticleException(
                    "id",
                    value,
                    "field 'id' must be at most " + MAX_LENGTH + " letters, digits and . _ : ~ @ + -, got '"
                            + Abbreviation.of(value) + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
