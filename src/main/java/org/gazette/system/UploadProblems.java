package org.gazette.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Uploads the servlet container cannot read never become a 500: a request too large is a 413 and one
 * that is not {@code multipart/form-data} (or is cut off) a 400, both saying what was expected.
 */
@RestControllerAdvice
class UploadProblems {

    private final long maxFileMegabytes;

    UploadProblems(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize) {
        this.maxFileMegabytes = maxFileSize.toMegabytes();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE,
                "the upload is larger than the " + maxFileMegabytes + " MB a file may have");
        problem.setTitle("Upload too large");
        return problem;
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadable(MultipartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "an upload must be sent as multipart/form-data with the file in a part named 'file'");
        problem.setTitle("Unreadable upload");
        return problem;
    }
}
