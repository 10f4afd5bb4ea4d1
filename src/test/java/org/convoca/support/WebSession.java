package org.convoca.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A person's browser session without the browser: keeps cookies, follows redirects, and submits forms with
 * the CSRF token the page carried, so tests go through the same HTTP a person would.
 */
public class WebSession {

    /** A page as the person would receive it. */
    public record Page(int status, String url, String body) {
        public Document html() {
            return Jsoup.parse(body, url);
        }

        public String text() {
            return html().body().text();
        }
    }

    private final String base;
    private final HttpClient client;
    private String acceptLanguage = "en";

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public WebSession acceptLanguage(String language) {
        this.acceptLanguage = language;
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form the way the page at {@code formPage} would, with its CSRF token. */
    public Page post(String formPage, String action, Map<String, String> fields) {
        Page page = get(formPage);
        Map<String, String> all = new LinkedHashMap<>();
        var token = page.html().selectFirst("input[name=_csrf]");
        if (token != null) {
            all.put("_csrf", token.val());
        }
        all.putAll(fields);
        return postRaw(action, all);
    }

    public Page postRaw(String action, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Uploads a file the way the form at {@code formPage} would (multipart, with its CSRF token), to
     * {@code action} or, when that is null, to the action of the page's upload form.
     */
    public Page upload(String formPage, String action, String field, String fileName, byte[] content) {
        Page page = get(formPage);
        var token = page.html().selectFirst("input[name=_csrf]");
        if (action == null) {
            action = page.html().selectFirst("form[enctype=multipart/form-data]").attr("action");
        }
        String boundary = "----convoca" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + (token == null ? "" : token.val()) + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + field + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The raw bytes of a download. */
    public byte[] download(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", acceptLanguage)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.header("Accept-Language", acceptLanguage).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.uri().toString(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
