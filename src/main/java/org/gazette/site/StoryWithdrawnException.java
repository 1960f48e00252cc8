package org.gazette.site;

import org.gazette.text.Language;

/** The story at this address was published once and has been unpublished: 410 Gone. */
public class StoryWithdrawnException extends RuntimeException {

    private final transient Language lang;

    public StoryWithdrawnException(Language lang) {
        super("story withdrawn", null, false, false);
        this.lang = lang;
    }

    public Language lang() {
        return lang;
    }
}
