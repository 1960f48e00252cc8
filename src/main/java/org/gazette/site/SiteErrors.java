package org.gazette.site;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Reader-facing error pages: 404 with a search box and the latest stories, 410 for withdrawn stories.
 * Unknown addresses under {@code /api/} get a problem detail instead of a page.
 */
@ControllerAdvice
// before Spring's own problem-detail handler, so a reader who mistypes an address gets a page, not JSON
@Order(Ordered.HIGHEST_PRECEDENCE)
class SiteErrors {

    private final ErrorPages pages;
    private final SiteLanguages languages;

    SiteErrors(ErrorPages pages, SiteLanguages languages) {
        this.pages = pages;
        this.languages = languages;
    }

    @ExceptionHandler(PageNotFoundException.class)
    ModelAndView notFound(PageNotFoundException e, HttpServletRequest request) {
        return pages.page(e.lang(), HttpStatus.NOT_FOUND, "error.notFound.title", "error.notFound.text");
    }

    @ExceptionHandler(BadFilterException.class)
    ModelAndView badFilter(BadFilterException e, HttpServletRequest request) {
        return pages.pageSaying(e.lang(), HttpStatus.BAD_REQUEST, "error.badRequest.title", e.getMessage());
    }

    @ExceptionHandler(StoryWithdrawnException.class)
    ModelAndView gone(StoryWithdrawnException e, HttpServletRequest request) {
        return pages.page(e.lang(), HttpStatus.GONE, "error.gone.title", "error.gone.text");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noSuchAddress(NoResourceFoundException e, HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith("/api/")) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No API endpoint at " + path);
            problem.setTitle("Not Found");
            // whatever the client accepts: an API error is always a problem detail
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return pages.page(languages.guess(path), HttpStatus.NOT_FOUND, "error.notFound.title", "error.notFound.text");
    }
}
