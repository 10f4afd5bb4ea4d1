package org.convoca.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links for one request, on the host the client called, so that the hrefs a client reads work as they
 * are. Resolved for any controller that takes one as a parameter.
 */
public final class HalLinks {

    /** The OSDI specification documents each relation, so curies point there. */
    private static final String DOCS = "https://opensupporter.github.io/osdi-docs/{rel}.html";

    private final String origin;
    private final String path;
    private final String filter;

    private HalLinks(String origin, String path, String filter) {
        this.origin = origin;
        this.path = path;
        this.filter = filter;
    }

    static HalLinks of(HttpServletRequest request) {
        String origin = ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).replaceQuery(null)
                .build().toUriString();
        String path = request.getRequestURI();
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new HalLinks(origin, path, request.getParameter("filter"));
    }

    /** The absolute URL of a path under the API base, such as {@code /people/<id>}. */
    public String href(String pathUnderBase) {
        return origin + OsdiApi.BASE + pathUnderBase;
    }

    /** The absolute URL of a path on this server, for resources outside the OSDI base ({@code /api/v1/...}). */
    public String absolute(String path) {
        return origin + path;
    }

    /** A HAL link object to a path under the API base. */
    public Map<String, Object> link(String pathUnderBase) {
        return Map.of("href", href(pathUnderBase));
    }

    public List<Map<String, Object>> curies() {
        Map<String, Object> curie = new LinkedHashMap<>();
        curie.put("name", "osdi");
        curie.put("href", DOCS);
        curie.put("templated", true);
        return List.of(curie);
    }

    /** This request's own collection URL at another page, keeping its filter. */
    String page(long page, int perPage) {
        StringBuilder b = new StringBuilder(origin).append(path).append("?page=").append(page)
                .append("&per_page=").append(perPage);
        if (filter != null && !filter.isBlank()) {
            b.append("&filter=").append(URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }

    String self() {
        return origin + path;
    }
}
