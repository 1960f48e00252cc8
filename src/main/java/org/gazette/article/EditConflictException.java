package org.gazette.article;

/**
 * A save based on an older version of an article than the stored one: someone else saved in between.
 * Nothing was written; the caller shows both versions so no one's text is lost.
 */
public class EditConflictException extends RuntimeException {

    private final long articleId;
    private final int expectedVersion;
    private final int currentVersion;

    public EditConflictException(long articleId, int expectedVersion, int currentVersion) {
        super(
                "article " + articleId + " was edited from version " + expectedVersion + " but is now at version "
                        + currentVersion,
                null,
                false,
                false);
        this.articleId = articleId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public long articleId() {
        return articleId;
    }

    public int expectedVersion() {
        return expectedVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
