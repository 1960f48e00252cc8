/**
 * Which entity a mention names: the same person, organisation or place across spellings (Aliyev, Aliev),
 * scripts (Алиев) and languages (Əliyev), across inflected forms (Алиева, Əliyevə), and never two people
 * merged on a shared surname alone. {@link org.gazette.entity.linking.EntityLinker} decides per story
 * against an {@link org.gazette.entity.linking.EntityCatalogue}; {@link org.gazette.entity.linking.SpellingKey}
 * and {@link org.gazette.entity.linking.BaseForms} are the comparisons beneath it. A library with no web or
 * database dependencies: storing entities and their pages are built on it.
 */
package org.gazette.entity.linking;
