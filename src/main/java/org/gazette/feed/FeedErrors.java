package org.gazette.feed;

import jakarta.servlet.http.HttpServletRequest;
import org.gazette.web.SiteLinks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Feed refusals as RFC 9457 problem details, like the API's: feed readers and scripts read the status
 * and the detail, and there is no page to show them.
 */
@RestControllerAdvice(basePackageClasses = FeedErrors.class)
class FeedErrors {

    @ExceptionHandler(FeedNotFoundException.class)
    ProblemDetail notFound(FeedNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("No such feed");
        return problem;
    }

    /** The same feed file under the term's current page, with the same query ({@code ?limit=}). */
    @ExceptionHandler(FeedMovedException.class)
    ResponseEntity<Void> moved(FeedMovedException e, HttpServletRequest request) {
        String uri = request.getRequestURI();
        String file = uri.substring(uri.lastIndexOf('/') + 1);
        String query = request.getQueryString();
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, SiteLinks.feed(e.pagePath(), file) + (query == null ? "" : "?" + query))
                .build();
    }
}
