package org.gazette.web;

import java.util.List;
import org.gazette.ingest.StrictJson;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON request body Spring could not read becomes a 400 problem in Gazette's own words, as the article
 * write API answers: not UTF-8, not JSON (with the parser's reason and column), or a field of the wrong
 * type named in {@code field}. Spring's and Jackson's messages would quote class names and settings
 * ({@code tools.jackson.databind...}); none of that reaches the client, and nothing is logged: bad input
 * is an answer, not an error of the application.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class JsonBodyProblems {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        String field = null;
        String detail;
        if (cause instanceof InputCoercionException number) {
            field = fieldOf(number.getPath());
            detail = (field == null ? "a number" : "field '" + field + "'") + " is out of range for "
                    + expected(number.getTargetType());
        } else if (cause instanceof StreamReadException parse) {
            detail = StrictJson.isEncoding(parse)
                    ? "the body is not valid UTF-8"
                    : "the body is not JSON: " + StrictJson.reason(parse);
        } else if (cause instanceof MismatchedInputException mismatch) {
            field = fieldOf(mismatch.getPath());
            detail = field == null
                    ? "the body must be one JSON object"
                    : "field '" + field + "' must be " + expected(mismatch.getTargetType());
        } else if (cause instanceof JacksonException other) {
            field = fieldOf(other.getPath());
            detail = field == null ? "the body cannot be read as this request" : "field '" + field + "' cannot be read";
        } else {
            detail = "the request needs a JSON body";
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Unreadable body");
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    private static String fieldOf(List<JacksonException.Reference> path) {
        if (path == null) {
            return null;
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).getPropertyName() != null) {
                return path.get(i).getPropertyName();
            }
        }
        return null;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another JSON type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
