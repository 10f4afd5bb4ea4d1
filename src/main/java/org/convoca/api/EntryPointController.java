package org.convoca.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convoca.workspace.ApiKeys;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v2}: who we are and where each resource lives. Without a valid key it still answers, without the
 * resource links, because some clients test their key by looking for {@code osdi:tags} here.
 */
@RestController
@OsdiApi
class EntryPointController {

    private final ApiKeys keys;
    private final List<EntryPointLinks> resources;

    EntryPointController(ApiKeys keys, List<EntryPointLinks> resources) {
        this.keys = keys;
        this.resources = resources;
    }

    @GetMapping(OsdiApi.BASE)
    ResponseEntity<Object> entryPoint(@RequestHeader(name = ApiCallers.HEADER, required = false) String key,
            HalLinks links) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("motd", "Welcome to Convoca's OSDI API, compatible with Action Network's API v2.");
        body.put("vendor_name", "Convoca");
        body.put("product_name", "Convoca");
        body.put("osdi_version", "1.1.1");
        body.put("namespace", "convoca");
        body.put("max_page_size", Paging.MAX);
        Map<String, Object> linkMap = new LinkedHashMap<>();
        linkMap.put("curies", links.curies());
        linkMap.put("self", Map.of("href", links.href("/"), "title", "This API entry point"));
        linkMap.put("docs", Map.of("href", "https://opensupporter.github.io/osdi-docs/", "title",
                "The OSDI specification this API follows"));
        if (keys.workspaceFor(key).isPresent()) {
            resources.stream().flatMap(r -> r.links().stream()).forEach(l ->
                    linkMap.put(l.rel(), Map.of("href", links.href(l.path()), "title", l.title())));
        }
        body.put("_links", linkMap);
        return Hal.ok(body);
    }
}
