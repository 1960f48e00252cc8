package org.gazette.search;

/** A search request that cannot be answered as asked; the message names the parameter and what is wrong. */
public class InvalidSearchException extends RuntimeException {

    private final String parameter;
    private final String reason;

    public InvalidSearchException(String parameter, String reason) {
        super("parameter '" + parameter + "' " + reason, null, false, false);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    /** What is wrong, without the parameter's name. */
    public String reason() {
        return reason;
    }
}
