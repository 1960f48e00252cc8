package org.gazette.ingest;

/** An incoming article that breaks the import format; the message says which field and why. */
public class InvalidArticleException extends RuntimeException {

    public InvalidArticleException(String reason) {
        super(reason);
    }
}
