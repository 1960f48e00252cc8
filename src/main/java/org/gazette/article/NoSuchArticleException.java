package org.gazette.article;

/** An article id that names no stored article (deleted meanwhile, or never there). */
public class NoSuchArticleException extends RuntimeException {

    private final long articleId;

    public NoSuchArticleException(long articleId) {
        super("no article with id " + articleId, null, false, false);
        this.articleId = articleId;
    }

    public long articleId() {
        return articleId;
    }
}
