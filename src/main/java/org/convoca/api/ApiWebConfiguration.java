package org.convoca.api;

import java.util.List;
import org.convoca.workspace.ApiKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.UrlHandlerFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** Wires the API's filters and the parameters its controllers can take ({@link ApiCaller}, {@link Paging}...). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiWebConfiguration implements WebMvcConfigurer {

    private static final String API_PATHS = OsdiApi.BASE + "/*";
    /** Convoca's own API gets the same rate limits, body bound and JSON errors as the OSDI one. */
    private static final String CONVOCA_API_PATHS = "/api/v1/*";

    private final ApiKeys keys;

    ApiWebConfiguration(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ApiCallers(keys));
        resolvers.add(new PagingResolver());
        resolvers.add(new HalLinksResolver());
    }

    /** Real clients call {@code people/}: both spellings reach the same controller. */
    @Bean
    FilterRegistrationBean<UrlHandlerFilter> apiTrailingSlashes() {
        var registration = new FilterRegistrationBean<>(
                UrlHandlerFilter.trailingSlashHandler(OsdiApi.BASE + "/**").wrapRequest().build());
        registration.addUrlPatterns(OsdiApi.BASE, API_PATHS);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiGuard> apiGuard(JsonMapper json,
            @Value("${convoca.api.requests-per-second:100}") double requestsPerSecond) {
        var registration = new FilterRegistrationBean<>(new ApiGuard(json, new RateLimits(requestsPerSecond)));
        registration.addUrlPatterns(OsdiApi.BASE, API_PATHS, CONVOCA_API_PATHS);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }
}
