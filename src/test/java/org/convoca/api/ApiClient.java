package org.convoca.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A script's view of the API: real HTTP with an {@code OSDI-API-Token}, the way Parsons and others call it. */
public class ApiClient {

    /** A reply as the client receives it. */
    public record Reply(int status, String contentType, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String error() {
            return json().path("error").asString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String key;
    private final HttpClient client = HttpClient.newHttpClient();

    public ApiClient(int port, String key) {
        this.base = "http://localhost:" + port;
        this.key = key;
    }

    public String base() {
        return base + "/api/v2";
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** A request to a path under {@code /api/v2}, with this client's key and Action Network's clients' headers. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base() + path));
        return key == null ? b : b.header("OSDI-API-Token", key);
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }
}
