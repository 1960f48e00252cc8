package org.gazette.feed;

import org.gazette.article.ArticleFilter;
import org.gazette.text.Language;

/**
 * What one feed covers: the stories of its filter, the page it follows and what it is called.
 *
 * @param basePath    site path its files hang under: {@code /}, {@code /en/}, {@code /en/tag/cop29/}
 * @param lang        the language of its stories and texts, or null for the whole site
 * @param filter      which published stories it lists
 * @param pagePath    the HTML page it follows
 * @param title       its title
 * @param description one line about it
 */
record FeedScope(
        String basePath, Language lang, ArticleFilter filter, String pagePath, String title, String description) {}
