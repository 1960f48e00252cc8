package org.gazette.account;

import java.util.Locale;
import java.util.regex.Pattern;
import org.gazette.text.Abbreviation;

/**
 * A user's sign-in name: an e-mail address, kept lower-case so "Ann@Example.org" and "ann@example.org"
 * are one account. Only its shape is checked: one {@code @}, something on both sides, no spaces.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        if (value == null
                || value.length() > MAX_LENGTH
                || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("an e-mail address looks like name@example.org (at most " + MAX_LENGTH
                    + " characters), got '" + Abbreviation.of(value) + "'");
        }
    }

    public static EmailAddress of(String raw) {
        return new EmailAddress(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }

    /** The part before the {@code @}. */
    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    @Override
    public String toString() {
        return value;
    }
}
