package org.convoca.mailings.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The pages a newsletter links to. The signed token in the address is the only credential: no session, no
 * cookie, no CSRF token (RFC 8058's one-click POST carries none), and no Referer that could carry the token away.
 */
@Configuration
@ConditionalOnWebApplication
class NewsletterLinksSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain newsletterLinks(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(paths.matcher("/*/unsubscribe/**"),
                        paths.matcher("/*/preferences/**"), paths.matcher("/*/newsletters/**"),
                        paths.matcher("/*/newsletter-images/**"), paths.matcher("/t/c/*"), paths.matcher("/t/o/*")))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .securityContext(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; img-src 'self' https:; "
                                + "style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny()))
                .build();
    }
}
