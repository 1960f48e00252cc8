package org.gazette.wire;

/** One item of a feed that cannot be imported (or taken into a draft); the message is the reason. */
public class InvalidItemException extends RuntimeException {

    public InvalidItemException(String reason) {
        super(reason, null, false, false);
    }
}
