package org.gazette.wire;

/** A source setting that cannot be stored; names the field and the bad value. */
public class InvalidSourceException extends RuntimeException {

    private final String field;

    public InvalidSourceException(String field, String reason) {
        super("field '" + field + "' " + reason, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
