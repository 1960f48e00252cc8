package org.gazette.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The answer for a reader page whose address changed (a story's or term's retired slug, a merged entity): 301
 * to the page where it is now, with the request's query (a page cursor, a campaign's parameters) kept, so a
 * link shared before the change still lands on the same page.
 */
final class PermanentRedirect {

    private PermanentRedirect() {}

    /** Sends the redirect to {@code path}; returns null, the "no view" a controller method hands back. */
    static String to(String path, HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString();
        response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
        response.setHeader(HttpHeaders.LOCATION, query == null ? path : path + "?" + query);
        return null;
    }
}
