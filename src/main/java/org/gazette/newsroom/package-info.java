/**
 * The newsroom at {@code /newsroom}: the dashboard, the article list and editor, the workflow (review,
 * scheduling, publishing, corrections), revisions and their diffs, edit conflicts, images, users,
 * tokens and the audit log, plus the write half of the JSON API. Every change to an article goes
 * through {@link org.gazette.article.ArticleStore}; who may do what is decided by {@link
 * org.gazette.newsroom.Workflow} and {@link org.gazette.newsroom.ArticleAccess}.
 */
package org.gazette.newsroom;
