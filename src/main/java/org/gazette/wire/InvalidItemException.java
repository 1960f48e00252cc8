package org.gazette.wire;

/** One item of a feed that cannot be imported; the message is the recorded reason. */
class InvalidItemException extends RuntimeException {

    InvalidItemException(String reason) {
        super(reason, null, false, false);
    }
}
