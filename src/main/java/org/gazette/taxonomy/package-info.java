/**
 * The terms articles are filed under: sections (with a name per language), tags, authors and credited
 * sources (news agencies). Each has a slug for its reader page and is created on first use by an
 * import or a save. Editors rename, re-slug, merge and delete tags, authors and sources through {@link
 * org.gazette.taxonomy.TermEditor} and sections through {@link org.gazette.taxonomy.SectionEditor}; the
 * slugs and names a term gives up are kept ({@link org.gazette.taxonomy.RetiredTerms}), so old addresses
 * redirect and old spellings in imports still find the term, and {@link
 * org.gazette.taxonomy.TermChanged} tells search and the caches which articles now read differently.
 */
package org.gazette.taxonomy;
