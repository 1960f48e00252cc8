package org.gazette.feed;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
}
