package org.gazette.system;

/**
 * A request parameter of the API, a feed or a sitemap that cannot be used: answered 400 as an RFC 9457
 * problem detail whose {@code parameter} member names it, and whose detail says why and quotes the
 * bad value.
 */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String reason) {
        super("parameter '" + parameter + "' " + reason, null, false, false);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
