package org.gazette.article;

/**
 * An article refused because of what it says: the message is the whole reason, ready to show, and
 * {@link #field()} and {@link #value()} say which field of the import format was at fault and what it
 * held, so that an API answer or a form can point at it without reading the message.
 */
public class InvalidArticleException extends RuntimeException {

    private final String field;
    private final String value;

    /**
     * @param field the import-format name of the field at fault ({@code headline}, {@code date}...), or
     *              null when the article as a whole is refused (not an object, not UTF-8)
     * @param value the bad value as the writer sent it, or null when it was missing
     * @param reason the full message, which names the field and quotes the value
     */
    public InvalidArticleException(String field, String value, String reason) {
        super(reason);
        this.field = field;
        this.value = value;
    }

    /** Refuses the article as a whole, not one of its fields. */
    public static InvalidArticleException whole(String reason) {
        return new InvalidArticleException(null, null, reason);
    }

    /** The field at fault by its import-format name, or null when no single field is. */
    public String field() {
        return field;
    }

    /** The bad value as sent, or null when the field was missing or none is at fault. */
    public String value() {
        return value;
    }
}
