package org.gazette.web;

import org.gazette.text.Language;
import org.springframework.context.MessageSource;

/** The interface texts of one language (message bundles {@code i18n/messages_*.properties}). */
public record Texts(Language lang, MessageSource messages) {

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, lang.locale());
    }

    /** The name of a language in that language, for language switchers. */
    public String languageName(Language language) {
        return get("lang." + language.code());
    }
}
