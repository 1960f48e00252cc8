package org.gazette.article;

import org.gazette.text.Language;

/** Published after an article is created, changed or deleted, once its transaction commits. */
public record ArticleChanged(long articleId, String externalId, Language lang) {}
