package org.gazette.taxonomy;

/**
 * What the taxonomy needs from the owner of the articles: articles point at their terms, so moving
 * them from one term to another is a write to articles, which only the {@code article} package makes
 * (its {@code ArticleStore} implements this). The interface lives here so that the taxonomy does not
 * depend on the articles that depend on it.
 */
public interface ArticleTerms {

    /**
     * Files every article carrying the term {@code from} under the term {@code to} instead, once, also
     * when an article carried both. Joins the caller's transaction; the articles' version and
     * {@code updated_at} stay as they are, since no story was edited.
     */
    void reassign(TermKind kind, long from, long to);
}
