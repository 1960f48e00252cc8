package org.gazette.feed;

/** A feed request parameter out of range or malformed: answered 400 naming the parameter. */
class BadFeedParameterException extends RuntimeException {

    private final String parameter;

    BadFeedParameterException(String parameter, String reason) {
        super("parameter '" + parameter + "' " + reason, null, false, false);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
