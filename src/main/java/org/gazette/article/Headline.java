package org.gazette.article;

/** A story's headline: stripped of surrounding spaces, never empty, at most {@value #MAX_LENGTH} characters. */
public record Headline(String value) {

    public static final int MAX_LENGTH = 500;

    /** Refuses a blank or overlong headline. */
    public Headline {
        if (value == null || value.isBlank()) {
            throw new InvalidArticleException("headline", value, "field 'headline' must not be empty");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new InvalidArticleException(
                    "headline",
                    value,
                    "field 'headline' has " + value.length() + " characters; the limit is " + MAX_LENGTH);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
