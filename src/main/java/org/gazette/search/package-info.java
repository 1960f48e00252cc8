/**
 * Search: what readers find on {@code /{lang}/search} and {@code /api/v1/search}, and what editors find
 * across every status. Callers see only {@link org.gazette.search.ArticleSearch}; behind it an embedded
 * Lucene index under {@code $GAZETTE_DATA_DIR/search/} is fed by the {@code search_outbox} table, which
 * every article change writes in its own transaction. The serving process owns the live index (one
 * {@code IndexWriter}, one {@code SearcherManager}); {@code reindex} builds a new generation beside it
 * and the server switches over. See docs/search.md.
 */
package org.gazette.search;
