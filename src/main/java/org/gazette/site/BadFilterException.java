package org.gazette.site;

import org.gazette.text.Language;

/**
 * A reader page was asked for with a filter it cannot use (an unknown event type, a malformed slug): the
 * reader's mistake, answered 400 with a page that says which value and why, never an error.
 */
public class BadFilterException extends RuntimeException {

    private final transient Language lang;

    public BadFilterException(Language lang, String reason) {
        super(reason, null, false, false);
        this.lang = lang;
    }

    public Language lang() {
        return lang;
    }
}
