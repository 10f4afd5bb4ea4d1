package org.convoca.events.web;

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
 * The public event pages, like the petition pages, keep no session and need no CSRF token: supporters register
 * without an account, often inside another site's iframe where our cookies are dropped. A forged registration
 * could only register an address the forger already knows, which the form lets anyone do; rate limits and the
 * honeypot stand guard instead. The same holds for the form where supporters offer to host an event in a campaign
 * and for the host's own management link (which is its own credential). Only the {@code /embed} pages may be framed by other sites.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PublicEventsSecurity {

    private static final Pattern PUBLIC = Pattern.compile(
            "/(?!admin/|api/|assets/|webjars/)[a-z0-9][a-z0-9-]{0,62}/"
                    + "(?:events(\\.ics|/.*)?|event-campaigns/[^/]+/host(/thanks)?|event-hosts/.*)");
    private static final Pattern EMBED = Pattern.compile(".*/events/[^/]+/embed(/thanks)?");
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors ";

    static boolean isPublic(HttpServletRequest request) {
        return PUBLIC.matcher(request.getRequestURI()).matches();
    }

    static boolean isEmbed(HttpServletRequest request) {
        return EMBED.matcher(request.getRequestURI()).matches();
    }

    @Bean
    @Order(0)
    SecurityFilterChain publicEventsFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(PublicEventsSecurity::isPublic)
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
