package org.convoca.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.convoca.support.ConvocaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The quick first look changes no answer: for a request made up for every mapping of the site, and for awkward
 * ones (encoded words, path parameters, trailing slashes, wrong methods and media types, paths nobody maps), the
 * site's mappings find the same controller method, or fail the same way, as Spring's own do.
 */
@ConvocaTest
class LiteralSegmentMappingsTests {

    private static final String UUID = "0b0e1f3c-1d2e-4f5a-8b9c-0d1e2f3a4b5c";

    @Autowired ApplicationContext context;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping site;

    @Test
    void everyRequestFindsWhatSpringsOwnMappingsFind() throws Exception {
        assertThat(site).isInstanceOf(LiteralSegmentMappings.class);
        RequestMappingHandlerMapping quick = configured(new LiteralSegmentMappings());
        RequestMappingHandlerMapping spring = configured(new RequestMappingHandlerMapping());

        List<MockHttpServletRequest> requests = new ArrayList<>();
        for (RequestMappingInfo info : spring.getHandlerMethods().keySet()) {
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                for (String value : List.of("bench", UUID, "42")) {
                    String path = concrete(pattern.getPatternString(), value);
                    for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
                        requests.add(request(method, path, null));
                        requests.add(request(method, path + "/", null));
                    }
                    requests.add(request("POST", path, "application/x-www-form-urlencoded"));
                    requests.add(request("POST", path, "application/json"));
                    requests.add(request("POST", path, "text/plain"));
                }
            }
        }
        for (String path : List.of("/", "/healthz", "/bench/petitions/bench-petition;jsessionid=1",
                "/bench/petit%69ons/bench-petition", "/%62ench/petitions/bench-petition", "/admin", "/admin/",
                "/nobody/maps/this", "/api", "/api/v2", "/api/v2/petitions", "/bench", "/bench/", "/ñ/petitions/x",
                "/bench/petitions/x/embed", "/bench/petitions/x/embed.js", "/bench/sign-on/x")) {
            for (String method : List.of("GET", "POST", "PUT", "PATCH", "OPTIONS")) {
                requests.add(request(method, path, null));
            }
        }

        int found = 0;
        for (MockHttpServletRequest r : requests) {
            String expected = answer(spring, r);
            assertThat(answer(quick, r)).as(r.getMethod() + " " + r.getRequestURI() + " " + r.getContentType())
                    .isEqualTo(expected);
            found += expected.startsWith("handler") ? 1 : 0;
        }
        // Most made-up requests reach a controller method: the comparison is not only of failures.
        assertThat(found).isGreaterThan(requests.size() / 10);
    }

    /** A mapping as the site's is set up: its media types, path parser and placeholders. */
    private RequestMappingHandlerMapping configured(RequestMappingHandlerMapping mapping) {
        mapping.setContentNegotiationManager(site.getContentNegotiationManager());
        mapping.setPatternParser(site.getPatternParser());
        return (RequestMappingHandlerMapping) context.getAutowireCapableBeanFactory()
                .initializeBean(mapping, "compared" + mapping.getClass().getSimpleName());
    }

    /** The pattern with each variable given the value, the catch-all ones included. */
    private static String concrete(String pattern, String value) {
        StringBuilder path = new StringBuilder();
        int depth = 0;
        for (char c : pattern.toCharArray()) {
            if (c == '{' && depth++ == 0) {
                path.append(value);
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                path.append(c == '*' ? "x" : String.valueOf(c));
            }
        }
        return path.toString();
    }

    private static MockHttpServletRequest request(String method, String path, String contentType) {
        MockHttpServletRequest r = new MockHttpServletRequest(method, path);
        if (contentType != null) {
            r.setContentType(contentType);
            r.addHeader("Content-Type", contentType);
        }
        return r;
    }

    private static String answer(RequestMappingHandlerMapping mapping, MockHttpServletRequest request) {
        MockHttpServletRequest copy = request(request.getMethod(), request.getRequestURI(), request.getContentType());
        ServletRequestPathUtils.parseAndCache(copy);
        try {
            HandlerExecutionChain chain = mapping.getHandler(copy);
            return chain == null ? "none" : "handler " + ((HandlerMethod) chain.getHandler()).getMethod();
        } catch (Exception e) {
            return "failure " + e.getClass().getName() + " " + Objects.toString(e.getMessage());
        }
    }
}
