package org.gazette.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string the servlet container cannot read (bytes that are not UTF-8 such as
 * {@code ?section=%ff}, a {@code %} without two hex digits) before anything else reads it. Tomcat reads
 * parameters only when first asked, and throws then; from inside a controller's argument binding or a
 * filter that surfaced as a failure of the application, logged at ERROR with a stack trace. Read here
 * first, it is a 400 like any other bad input, answered by {@code /error} (a problem detail under
 * {@code /api/}, the reader's error page elsewhere), and not logged.
 */
@Component
// after the character-encoding filter (HIGHEST_PRECEDENCE), before the page cache and security
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class MalformedRequests extends OncePerRequestFilter {

    /** The request attribute holding what was wrong, for the error answer's detail. */
    public static final String PROBLEM = MalformedRequests.class.getName() + ".problem";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getQueryString() != null && !hasFormBody(request)) {
            try {
                // with no form body, this reads the query string alone
                request.getParameterMap();
            } catch (IllegalStateException e) {
                request.setAttribute(
                        PROBLEM,
                        "the query string cannot be read: each name and value must be percent-encoded UTF-8"
                                + " (a % followed by two hex digits)");
                response.sendError(HttpStatus.BAD_REQUEST.value());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A form body is read with the query; its own limits and errors belong to whoever reads it. */
    private static boolean hasFormBody(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        return lower.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                || lower.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }
}
