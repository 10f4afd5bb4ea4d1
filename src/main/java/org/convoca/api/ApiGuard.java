package org.convoca.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Around every API request: limits how fast each caller may go, bounds the body, and makes sure every answer is {@code {"error": ...}} JSON, including
 * the ones the framework gives before any controller runs (404, 405, 415) and unexpected failures, which are
 * logged here and never shown to the client.
 */
class ApiGuard extends OncePerRequestFilter {

    static final long MAX_BODY = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ApiGuard.class);

    private final JsonMapper json;
    private final RateLimits limits;

    ApiGuard(JsonMapper json, RateLimits limits) {
        this.json = json;
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        String key = request.getHeader(ApiCallers.HEADER);
        if (!limits.allow(key == null || key.isBlank() ? "address " + request.getRemoteAddr() : "key " + ApiFilter.shorten(key))) {
            response.setHeader("Retry-After", "1");
            write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests: at most "
                    + Math.round(limits.perSecond()) + " a second per API key. Wait a moment and try again.");
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            write(response, HttpStatus.CONTENT_TOO_LARGE, BodyTooLargeException.MESSAGE);
            return;
        }
        JsonErrors errors = new JsonErrors(response, request.getMethod());
        try {
            chain.doFilter(new BoundedBody(request), errors);
        } catch (ServletException | IOException | RuntimeException e) {
            LOG.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
            if (!response.isCommitted()) {
                response.reset();
                write(response, HttpStatus.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side and nothing was saved; please try again later.");
            }
        }
    }

    private void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(Hal.HAL_JSON.toString());
        response.getOutputStream().write(json.writeValueAsBytes(Map.of("error", message)));
        response.flushBuffer();
    }

    static String sentence(int status, String method) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 401 -> "This request needs a valid API key in the OSDI-API-Token header.";
            case 403 -> "This API key may not do that.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept " + ApiFilter.shorten(method) + " requests.";
            case 406 -> "This API answers in JSON (application/hal+json).";
            case 413 -> BodyTooLargeException.MESSAGE;
            case 415 -> ApiErrors.MEDIA_TYPE_HINT;
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                yield known == null ? "The request failed." : known.getReasonPhrase() + ".";
            }
        };
    }

    /** Answers the framework's {@code sendError} with a JSON body instead of an error page. */
    private final class JsonErrors extends HttpServletResponseWrapper {
        private final HttpServletResponse response;
        private final String method;

        JsonErrors(HttpServletResponse response, String method) {
            super(response);
            this.response = response;
            this.method = method;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String ignored) throws IOException {
            if (response.isCommitted()) {
                return;
            }
            response.resetBuffer();
            HttpStatus known = HttpStatus.resolve(status);
            write(response, known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known, sentence(status, method));
        }
    }

    /** Counts the body as it is read and stops at {@link #MAX_BODY}, for bodies sent without a length. */
    private static final class BoundedBody extends HttpServletRequestWrapper {
        private ServletInputStream stream;

        BoundedBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int off, int len) throws IOException {
                        int n = in.read(buffer, off, len);
                        count(Math.max(n, 0));
                        return n;
                    }

                    private void count(int n) throws BodyTooLargeException {
                        read += n;
                        if (read > MAX_BODY) {
                            throw new BodyTooLargeException();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
