package org.gazette.search;

import org.gazette.text.Language;

/**
 * A completion of what a reader is typing: a story (by its language and slug) or a name (a tag or an
 * author, by its slug). {@code kind} is {@code story}, {@code tag} or {@code author}.
 */
public record Suggestion(String kind, String label, Language lang, String slug) {}
