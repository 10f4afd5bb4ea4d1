package org.convoca.workspace.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The staff session cookie: HTTP-only, SameSite=Lax, and Secure whenever the request came over HTTPS (or always,
 * with CONVOCA_SECURE_COOKIES=true, for a proxy that does not say so).
 */
@Configuration
@ConditionalOnWebApplication
class SessionCookieConfiguration {

    @Bean
    CookieSerializer cookieSerializer(@Value("${CONVOCA_SECURE_COOKIES:false}") boolean alwaysSecure) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("convoca_session");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        if (alwaysSecure) {
            cookie.setUseSecureCookie(true);
        }
        return cookie;
    }
}
