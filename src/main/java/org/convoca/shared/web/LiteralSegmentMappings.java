package org.convoca.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.StringUtils;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mappings, looked up by their first two path segments. A path with a variable in it
 * ({@code /{workspace}/petitions/{slug}}, as every public page has) is not in Spring's table of exact paths, so
 * Spring tries each such request against every mapping of the site, several hundred, each asking the request
 * (through a filter chain of wrappers) for its method, media types and path: a tenth of a signature's processor
 * time. Here only the mappings whose first two segments, where they are fixed words, are the request's are tried,
 * and the best of those is chosen as Spring chooses. Requests for an exact path, pre-flight requests and requests
 * nothing matches go to Spring's own lookup, so what a non-match answers (404, 405, 415) is Spring's own.
 */
class LiteralSegmentMappings extends RequestMappingHandlerMapping {

    private record Index(Map<String, List<RequestMappingInfo>> byWords, Set<String> exactPaths,
            Map<RequestMappingInfo, HandlerMethod> methods) {
    }

    private volatile Index index;

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        Index ix = index();
        if (ix.exactPaths().contains(lookupPath) || CorsUtils.isPreFlightRequest(request)) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        String[] path = firstTwo(lookupPath);
        List<RequestMappingInfo> matches = new ArrayList<>(2);
        List<RequestMappingInfo> sources = new ArrayList<>(2);
        for (String key : List.of(key(path[0], path[1]), key(path[0], null), key(null, path[1]), key(null, null))) {
            for (RequestMappingInfo info : ix.byWords().getOrDefault(key, List.of())) {
                if (!sources.contains(info)) {
                    RequestMappingInfo match = getMatchingMapping(info, request);
                    if (match != null) {
                        matches.add(match);
                        sources.add(info);
                    }
                }
            }
        }
        if (matches.isEmpty()) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        int best = 0;
        var comparator = getMappingComparator(request);
        for (int i = 1; i < matches.size(); i++) {
            best = comparator.compare(matches.get(i), matches.get(best)) < 0 ? i : best;
        }
        for (int i = 0; i < matches.size(); i++) {
            if (i != best && comparator.compare(matches.get(i), matches.get(best)) == 0) {
                // As ambiguous for Spring's own lookup, which says so in its own words.
                return super.lookupHandlerMethod(lookupPath, request);
            }
        }
        HandlerMethod handler = ix.methods().get(sources.get(best));
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
        handleMatch(matches.get(best), lookupPath, request);
        return handler;
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        index = null;
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        index = null;
    }

    private Index index() {
        Index ix = index;
        if (ix == null) {
            ix = build();
            index = ix;
        }
        return ix;
    }

    private Index build() {
        Map<RequestMappingInfo, HandlerMethod> methods = getHandlerMethods();
        Map<String, List<RequestMappingInfo>> byWords = new HashMap<>();
        Set<String> exact = new HashSet<>();
        for (RequestMappingInfo info : methods.keySet()) {
            exact.addAll(getDirectPaths(info));
            Set<PathPattern> patterns = info.getPathPatternsCondition() == null ? Set.of()
                    : info.getPathPatternsCondition().getPatterns();
            if (patterns.isEmpty()) {
                byWords.computeIfAbsent(key(null, null), k -> new ArrayList<>()).add(info);
            }
            for (PathPattern pattern : patterns) {
                String[] parts = split(pattern.getPatternString());
                String first = isWord(parts[0]) ? parts[0] : null;
                String second = parts.length > 1 && isWord(parts[1]) ? parts[1] : null;
                List<RequestMappingInfo> bucket = byWords.computeIfAbsent(key(first, second), k -> new ArrayList<>());
                if (!bucket.contains(info)) {
                    bucket.add(info);
                }
            }
        }
        return new Index(byWords, exact, methods);
    }

    private static String key(String first, String second) {
        return (first == null ? "*" : "=" + first) + "/" + (second == null ? "*" : "=" + second);
    }

    /** A segment matched only by itself: no variable, wildcard, escape, or path parameter. */
    private static boolean isWord(String part) {
        return !part.isEmpty() && part.chars().noneMatch(c -> c == '{' || c == '}' || c == '*' || c == '?'
                || c == '%' || c == ';');
    }

    /** A pattern's segments, not splitting inside a variable (whose regular expression may hold a slash). */
    private static String[] split(String pattern) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int depth = 0;
        for (int i = pattern.startsWith("/") ? 1 : 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == '/' && depth == 0) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts.toArray(String[]::new);
    }

    /** The request's first two segments as patterns see them: decoded, without path parameters; null if absent. */
    private static String[] firstTwo(String lookupPath) {
        String[] two = new String[2];
        int from = lookupPath.startsWith("/") ? 1 : 0;
        for (int i = 0; i < 2 && from <= lookupPath.length(); i++) {
            int end = lookupPath.indexOf('/', from);
            boolean last = end < 0;
            String raw = lookupPath.substring(from, last ? lookupPath.length() : end);
            int semicolon = raw.indexOf(';');
            raw = semicolon < 0 ? raw : raw.substring(0, semicolon);
            two[i] = raw.indexOf('%') < 0 ? raw : StringUtils.uriDecode(raw, StandardCharsets.UTF_8);
            if (last) {
                break;
            }
            from = end + 1;
        }
        return two;
    }
}
