package org.gazette.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.gazette.system.ContainerErrors;
import org.gazette.text.Abbreviation;
import org.gazette.web.MalformedRequests;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What {@code /error} answers: an error no controller of Gazette answered itself. That is a request the
 * servlet container or the security firewall refused before any controller ran (an encoded NUL, bytes
 * that are not UTF-8, an encoded slash), a query {@link MalformedRequests} refused, or a status a filter
 * set. Under {@code /api/} the answer is a problem detail, as every other API error; elsewhere the
 * reader's error page. Never the container's own HTML page or Spring's default JSON, which Spring Boot's
 * own error controller would give: it steps aside for this one.
 */
@Controller
class ErrorDispatchController implements ErrorController {

    private final ErrorPages pages;
    private final SiteLanguages languages;

    ErrorDispatchController(ErrorPages pages, SiteLanguages languages) {
        this.pages = pages;
        this.languages = languages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String path = path(request);
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status, path, request));
            problem.setTitle(status.getReasonPhrase());
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return switch (status) {
            case NOT_FOUND -> pages.page(languages.guess(path), status, "error.notFound.title", "error.notFound.text");
            case BAD_REQUEST ->
                pages.page(languages.guess(path), status, "error.badRequest.title", "error.badRequest.text");
            default -> pages.page(languages.guess(path), status, "error.other.title", "error.other.text");
        };
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** The address as the client sent it; {@code /error} itself when asked for directly. */
    private static String path(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String text ? text : request.getRequestURI();
    }

    private static String detail(HttpStatus status, String path, HttpServletRequest request) {
        Object problem = request.getAttribute(MalformedRequests.PROBLEM);
        if (problem instanceof String text) {
            return text;
        }
        return switch (status) {
            case BAD_REQUEST -> ContainerErrors.UNREADABLE_ADDRESS;
            case NOT_FOUND -> "No API endpoint at " + Abbreviation.of(path);
            case METHOD_NOT_ALLOWED ->
                "method " + Abbreviation.of(request.getMethod()) + " is not allowed at " + Abbreviation.of(path);
            case INTERNAL_SERVER_ERROR -> "the server failed to answer this request; the failure is logged";
            default -> status.getReasonPhrase();
        };
    }
}
