package org.convoca.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** HAL+JSON replies: single resources and pages of collections in the shape OSDI clients read. */
public final class Hal {

    public static final MediaType HAL_JSON = MediaType.parseMediaType("application/hal+json;charset=UTF-8");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Hal() {
    }

    /** A date as Action Network writes it, to the second in UTC ({@code 2014-03-20T21:04:31Z}). */
    public static String date(Instant instant) {
        return DATE.format(instant);
    }

    /** The {@code identifiers} of a resource: ours, and the same id in Action Network's namespace for its clients. */
    public static List<String> identifiers(UUID id) {
        return List.of("convoca:" + id, "action_network:" + id);
    }

    public static ResponseEntity<Object> ok(Object body) {
        return reply(HttpStatus.OK, body);
    }

    public static ResponseEntity<Object> reply(HttpStatus status, Object body) {
        return ResponseEntity.status(status).contentType(HAL_JSON).body(body);
    }

    /**
     * One page of a collection. Each item must carry {@code _links.self}. {@code _embedded} is always present with
     * the items under {@code rel} as its first and only key, even when the page is empty, because some clients
     * page until that first array comes back empty.
     */
    public static Map<String, Object> collection(String rel, List<Map<String, Object>> items, Paging paging,
            long totalRecords, HalLinks links) {
        long totalPages = paging.totalPages(totalRecords);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total_pages", totalPages);
        body.put("per_page", paging.perPage());
        body.put("page", paging.page());
        body.put("total_records", totalRecords);
        Map<String, Object> linkMap = new LinkedHashMap<>();
        linkMap.put("self", Map.of("href", links.page(paging.page(), paging.perPage())));
        if (paging.page() < totalPages) {
            linkMap.put("next", Map.of("href", links.page(paging.page() + 1, paging.perPage())));
        }
        if (paging.page() > 1) {
            linkMap.put("previous", Map.of("href", links.page(Math.min(paging.page() - 1, Math.max(totalPages, 1)),
                    paging.perPage())));
        }
        List<Object> hrefs = new ArrayList<>(items.size());
        for (Map<String, Object> item : items) {
            hrefs.add(((Map<?, ?>) item.get("_links")).get("self"));
        }
        linkMap.put(rel, hrefs);
        linkMap.put("curies", links.curies());
        body.put("_links", linkMap);
        body.put("_embedded", Map.of(rel, items));
        return body;
    }
}
