/**
 * Words as Gazette treats them everywhere: the languages it publishes in ({@link org.gazette.text.Language}),
 * URL slugs built from headlines and names ({@link org.gazette.text.Slug}) and the transliteration behind
 * them, values quoted in error messages ({@link org.gazette.text.Abbreviation}), SHA-256 in hex
 * ({@link org.gazette.text.Sha256}) and how text reads character by character to search and to story clusters
 * ({@link org.gazette.text.SearchCharacters}). Depends on nothing else in Gazette, so articles, terms and every page can share it.
 */
package org.gazette.text;
