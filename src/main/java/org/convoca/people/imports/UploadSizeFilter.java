package org.convoca.people.imports;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an upload that announces more bytes than may be imported back to the import page with a message, before
 * anything reads its body. Without this, the servlet container refuses it while Spring Security looks for the
 * CSRF token, and the person would see a bare error page instead of what to do.
 */
@Configuration
@ConditionalOnWebApplication
class UploadSizeFilter {

    /** Room for the multipart boundaries and the form's other fields. */
    private static final long OVERHEAD = 16 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> importUploadSize(Uploads uploads,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize servletLimit) {
        long limit = Math.min(uploads.maxBytes(), servletLimit.toBytes()) + OVERHEAD;
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > limit) {
                    response.setHeader("Connection", "close");
                    response.sendRedirect("/admin/imports?error=too-large");
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/admin/imports");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
