package org.gazette.site;

import org.gazette.text.Language;

/** No reader page answers at this address; rendered as the 404 page in the given language. */
public class PageNotFoundException extends RuntimeException {

    private final transient Language lang;

    public PageNotFoundException(Language lang) {
        super("no page here", null, false, false);
        this.lang = lang;
    }

    public Language lang() {
        return lang;
    }
}
