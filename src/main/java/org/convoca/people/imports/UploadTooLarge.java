package org.convoca.people.imports;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The servlet container refuses a file over {@code spring.servlet.multipart.max-file-size} before any controller
 * sees it; an import upload then goes back to the import page with a message instead of an error page.
 */
@ControllerAdvice
class UploadTooLarge {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) throws MaxUploadSizeExceededException {
        if (!request.getRequestURI().startsWith("/admin/imports")) {
            throw e;
        }
        return "redirect:/admin/imports?error=too-large";
    }
}
