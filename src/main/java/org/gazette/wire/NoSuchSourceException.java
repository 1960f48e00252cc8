package org.gazette.wire;

/** A request named a wire source that does not exist. */
public class NoSuchSourceException extends RuntimeException {

    public NoSuchSourceException(long id) {
        super("no wire source " + id, null, false, false);
    }
}
