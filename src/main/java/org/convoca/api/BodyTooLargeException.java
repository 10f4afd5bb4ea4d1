package org.convoca.api;

import java.io.IOException;

/** Thrown while reading a request body that grows past {@link ApiGuard#MAX_BODY}. */
class BodyTooLargeException extends IOException {

    static final String MESSAGE = "The request body is larger than 1 MB; send fewer records per request.";

    BodyTooLargeException() {
        super(MESSAGE);
    }
}
