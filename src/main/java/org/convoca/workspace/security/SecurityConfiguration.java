package org.convoca.workspace.security;

import org.convoca.workspace.AuditLog;
import org.convoca.workspace.Staff;
import org.convoca.workspace.staff.StaffAccounts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Staff pages need a signed-in account with a role in the current workspace; public pages, the health
 * check and the APIs (which bring their own keys) do not.
 */
@Configuration
@ConditionalOnWebApplication
@EnableMethodSecurity
@EnableJdbcHttpSession
class SecurityConfiguration {

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("OWNER").implies("ADMIN")
                .role("ADMIN").implies("ORGANIZER")
                .role("ORGANIZER").implies("VIEWER")
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apis(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    // StaffAuthenticationProvider, as the only AuthenticationProvider bean, is the global authentication manager's;
    // adding it to this chain as well made every failed sign-in count twice.
    SecurityFilterChain pages(HttpSecurity http, StaffAccounts accounts, AuditLog audit) throws Exception {
        return http
                .addFilterAfter(new MembershipCheck(accounts), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/admin/**").hasRole("VIEWER")
                        .anyRequest().permitAll())
                .formLogin(f -> f.loginPage("/signin").loginProcessingUrl("/signin")
                        .usernameParameter("email").passwordParameter("password")
                        .defaultSuccessUrl("/admin", false)
                        .failureHandler(new SignInFailureHandler()))
                .logout(l -> l.logoutUrl("/signout").logoutSuccessUrl("/signin?signedout")
                        .addLogoutHandler((request, response, auth) -> {
                            if (auth != null && auth.getPrincipal() instanceof Staff staff) {
                                audit.record(staff.workspaceId(), staff.accountId(), staff.email(), "sign-out", "",
                                        request.getRemoteAddr());
                            }
                        }))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'self'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.sameOrigin()))
                .build();
    }
}
