package org.convoca.shared.web;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Spring MVC finds a request's controller method with {@link LiteralSegmentMappings}. */
@Configuration(proxyBeanMethods = false)
class MappingsConfiguration {

    @Bean
    WebMvcRegistrations literalSegmentMappings() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new LiteralSegmentMappings();
            }
        };
    }
}
