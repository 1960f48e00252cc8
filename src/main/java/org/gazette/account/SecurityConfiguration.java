package org.gazette.account;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Who may reach what. Two filter chains:
 * <ul>
 * <li>{@code /api/**} and {@code /actuator/**}: stateless, personal API tokens as {@code Bearer}
 * credentials (Spring Security's opaque-token support), no session, no cookies and so no CSRF; reads of
 * published content and the health check are public, writes need a token whose user has the role.</li>
 * <li>everything else: the reader site (public reads) and the newsroom behind the sign-in form, with a
 * session cookie (HttpOnly, SameSite=Lax, Secure when the request came over HTTPS), the session id
 * changed at sign-in, CSRF tokens on every form, and sign-in throttling.</li>
 * </ul>
 * Anything not named here is refused. Every response carries the same security headers: a
 * Content-Security-Policy without inline script, {@code frame-ancestors 'none'}, nosniff and a referrer
 * policy. {@code /actuator/prometheus} needs an API token of any role: a metrics scraper gets a
 * reporter account of its own and nothing more.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    /**
     * Scripts, styles and fonts only from the site itself; images also over https (story bodies may
     * show pictures hosted elsewhere). JSON-LD blocks are data, not script, and need no exception.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' https:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    ThrottledAuthenticationProvider authenticationProvider(
            AccountDetailsService users, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(users);
        return new ThrottledAuthenticationProvider(passwords, throttle, audit);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenIntrospector tokens) throws Exception {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/sources", "/api/v1/sources/**")
                        .hasRole("EDITOR")
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/sources",
                                "/api/v1/sources/*/poll",
                                "/api/v1/sources/*/pause",
                                "/api/v1/sources/*/resume")
                        .hasRole("EDITOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/articles")
                        .hasRole("REPORTER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/media")
                        .hasRole("REPORTER")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/articles/*")
                        .hasRole("REPORTER")
                        .requestMatchers(HttpMethod.POST, "/api/v1/articles/*/publish", "/api/v1/articles/*/unpublish")
                        .hasRole("EDITOR")
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus")
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(server -> server.opaqueToken(opaque -> opaque.introspector(tokens))
                        .authenticationEntryPoint((request, response, e) -> {
                            bearer.commence(request, response, e);
                            problem(
                                    response,
                                    401,
                                    "Unauthorized",
                                    "this request needs 'Authorization: Bearer TOKEN' "
                                            + "with a valid API token (create one with create-token)");
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            bearerDenied.handle(request, response, e);
                            problem(response, 403, "Forbidden", "this token's user may not do this");
                        }))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no cookies are read here, only a header a cross-site form cannot set: nothing to forge
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain site(
            HttpSecurity http,
            ThrottledAuthenticationProvider provider,
            SessionRegistry sessions,
            AuthenticationEventPublisher authenticationEvents)
            throws Exception {
        // a manager of its own, without a parent: a parent would get a second, unthrottled go at every
        // refused attempt (and count each failure twice)
        ProviderManager signIn = new ProviderManager(provider);
        signIn.setAuthenticationEventPublisher(authenticationEvents);
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/newsroom/login?error");
        failures.setExceptionMappings(Map.of(
                LockedException.class.getName(),
                "/newsroom/login?throttled",
                DisabledException.class.getName(),
                "/newsroom/login?error"));
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(
                                DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers("/newsroom/login")
                        .permitAll()
                        .requestMatchers(
                                "/newsroom/users", "/newsroom/users/**", "/newsroom/audit", "/newsroom/audit/**")
                        .hasRole("ADMIN")
                        .requestMatchers(
                                "/newsroom/sections",
                                "/newsroom/sections/**",
                                "/newsroom/sources",
                                "/newsroom/sources/**",
                                "/newsroom/wire",
                                "/newsroom/wire/**",
                                "/newsroom/terms",
                                "/newsroom/terms/**",
                                "/newsroom/entities",
                                "/newsroom/entities/**")
                        .hasRole("EDITOR")
                        .requestMatchers(
                                HttpMethod.POST,
                                "/newsroom/articles/*/publish",
                                "/newsroom/articles/*/schedule",
                                "/newsroom/articles/*/unschedule",
                                "/newsroom/articles/*/unpublish",
                                "/newsroom/articles/*/delete",
                                "/newsroom/articles/*/return",
                                "/newsroom/articles/*/corrections",
                                "/newsroom/articles/*/slug")
                        .hasRole("EDITOR")
                        .requestMatchers("/newsroom", "/newsroom/**")
                        .hasRole("REPORTER")
                        // the reader site: pages, assets, images, feeds, sitemaps, robots.txt
                        .requestMatchers(HttpMethod.GET, "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .authenticationManager(signIn)
                .formLogin(form -> form.loginPage("/newsroom/login")
                        .loginProcessingUrl("/newsroom/login")
                        .usernameParameter("email")
                        .defaultSuccessUrl("/newsroom", false)
                        .failureHandler(failures)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/newsroom/logout")
                        .logoutSuccessUrl("/newsroom/login?signedout")
                        .deleteCookies("GAZETTE_SESSION"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(20)
                        .sessionRegistry(sessions)
                        .expiredUrl("/newsroom/login?expired"))
                .csrf(Customizer.withDefaults())
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                // reader pages and assets set their own caching; only the newsroom must never be cached
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        PATHS.matcher("/newsroom/**"), new CacheControlHeadersWriter()))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        PATHS.matcher("/api/**"), new CacheControlHeadersWriter()))
                .addHeaderWriter(new StaticHeadersWriter(
                        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"));
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail.replace("\"", "'") + "\"}");
    }
}
