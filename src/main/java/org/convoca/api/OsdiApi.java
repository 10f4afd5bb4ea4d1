package org.convoca.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller that serves part of the OSDI / Action Network API, so that its errors are answered as
 * {@code {"error": ...}} JSON rather than as pages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OsdiApi {

    /** Where the API lives; controllers map their paths under it. */
    String BASE = "/api/v2";
}
