package org.gazette.site;

/**
 * A language switcher entry or an hreflang alternate: where the same page, or the same story, is in
 * another language.
 */
public record LanguageLink(String code, String name, String url, boolean current) {
}
