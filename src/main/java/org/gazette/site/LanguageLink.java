package org.gazette.site;

/**
 * A language switcher entry or an hreflang alternate: where the same page, or the same story, is in
 * another language. {@code url} is the site-relative path readers follow; {@code absoluteUrl} is what
 * search engines get in hreflang alternates, which must be absolute.
 */
public record LanguageLink(String code, String name, String url, String absoluteUrl, boolean current) {}
