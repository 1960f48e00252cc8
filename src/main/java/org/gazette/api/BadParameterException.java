package org.gazette.api;

/** A request parameter the API cannot use; answered 400 with the parameter's name and the reason. */
class BadParameterException extends RuntimeException {

    private final String parameter;

    BadParameterException(String parameter, String reason) {
        super("parameter '" + parameter + "' " + reason, null, false, false);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
