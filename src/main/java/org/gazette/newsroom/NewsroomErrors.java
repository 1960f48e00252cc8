package org.gazette.newsroom;

import org.gazette.article.NoSuchArticleException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** An article id in a newsroom URL that names nothing (deleted meanwhile) is a plain 404. */
@ControllerAdvice(basePackageClasses = NewsroomErrors.class)
class NewsroomErrors {

    @ExceptionHandler(NoSuchArticleException.class)
    ResponseEntity<String> missing(NoSuchArticleException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_PLAIN)
                .body(e.getMessage());
    }
}
