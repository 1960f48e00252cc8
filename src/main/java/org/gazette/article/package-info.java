/**
 * The content model: articles, their languages, slugs, bodies and translations, and the one place
 * ({@link org.gazette.article.ArticleStore}) through which every article is written, whoever writes it.
 */
package org.gazette.article;
