package org.convoca.actions.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The public action pages (petitions, sign-on letters, forms, letters) get a security rule of their own, ahead of
 * the site-wide one, for two reasons. They are signed by anonymous supporters, often inside another site's iframe
 * where browsers drop our cookies, so they keep no session and need no CSRF token (a forged signature could only
 * sign in the name of an email the forger already knows, which the form lets anyone do; rate limits and the honeypot
 * stand guard instead). And the embedded form must be framable by any site: only the {@code /embed} pages say
 * {@code frame-ancestors *}; every other page keeps the site's {@code frame-ancestors 'self'}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PublicPagesSecurity {

    private static final Pattern PUBLIC = Pattern.compile(
            "/(?!admin/|api/|assets/|webjars/)[a-z0-9][a-z0-9-]{0,62}/(?:petitions|sign-on|forms|letters)/"
                    + "[a-z0-9][a-z0-9-]{0,79}(/.*)?");
    private static final Pattern EMBED =
            Pattern.compile(".*/(?:petitions|sign-on|forms|letters)/[^/]+/embed(/thanks)?");
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; form-action 'self'; frame-ancestors ";

    static boolean isPublic(HttpServletRequest request) {
        return PUBLIC.matcher(request.getRequestURI()).matches();
    }

    static boolean isEmbed(HttpServletRequest request) {
        return EMBED.matcher(request.getRequestURI()).matches();
    }

    @Bean
    @Order(0)
    SecurityFilterChain publicPetitionPages(HttpSecurity http) throws Exception {
        return http.securityMatcher(PublicPagesSecurity::isPublic)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .headers(h -> h
                        .frameOptions(f -> f.disable())
                        .addHeaderWriter((request, response) -> {
                            boolean embed = isEmbed(request);
                            response.setHeader("Content-Security-Policy", POLICY + (embed ? "*" : "'self'"));
                            if (!embed) {
                                response.setHeader("X-Frame-Options", "SAMEORIGIN");
                            }
                        })
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
