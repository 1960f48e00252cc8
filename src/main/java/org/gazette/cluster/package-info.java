/**
 * Story clusters: the same story sent by several agencies, or re-sent with small edits, recognised as one.
 * Each published story's text becomes word shingles in its own language ({@code StoryShingles}), a MinHash
 * signature and locality-sensitive bands ({@code MinHash}) kept in the database ({@code ClusterStore}), so
 * finding the stories that may be the same is an indexed lookup, not a scan. {@code StoryClusterer} places
 * a story when it is published or changed and takes it out when it is withdrawn or deleted;
 * {@code StoryClusters} is what pages, search and the newsroom read. Translations are never clustered:
 * stories are compared within one language only. Depends on {@code article}, {@code taxonomy} and {@code text}; the pages
 * that show clusters depend on it.
 */
package org.gazette.cluster;
