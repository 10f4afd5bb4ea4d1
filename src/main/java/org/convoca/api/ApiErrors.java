package org.convoca.api;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * Turns what goes wrong inside an API controller into {@code {"error": "a sentence"}} with a fitting status.
 * Unexpected failures are left to {@link ApiGuard}, which answers 500 without details.
 */
@RestControllerAdvice(annotations = OsdiApi.class)
class ApiErrors {

    static final String MEDIA_TYPE_HINT = "Send the request body as JSON, with Content-Type: application/json.";

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> refused(ApiException e) {
        return error(e.status(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return error(HttpStatus.CONTENT_TOO_LARGE, BodyTooLargeException.MESSAGE);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j) {
                String where = j.getLocation() == null || j.getLocation().getLineNr() < 1 ? ""
                        : " (line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")";
                return error(HttpStatus.BAD_REQUEST, "The request body is not valid JSON" + where + ": "
                        + ApiFilter.shorten(String.valueOf(j.getOriginalMessage())));
            }
        }
        return error(HttpStatus.BAD_REQUEST, "This request needs a JSON body.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> mediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, MEDIA_TYPE_HINT);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> mismatch(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "The parameter " + e.getName() + " has a value that cannot be used here.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Object> missing(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "This request needs the parameter " + e.getParameterName() + ".");
    }

    static ResponseEntity<Object> error(HttpStatus status, String message) {
        return Hal.reply(status, Map.of("error", message));
    }
}
