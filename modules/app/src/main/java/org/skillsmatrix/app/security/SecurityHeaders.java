package org.skillsmatrix.app.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every response. Spring Security's defaults stay: {@code X-Content-Type-Options:
 * nosniff}, no caching of signed-in pages, and HSTS on responses to secure requests only (behind a proxy that
 * terminates TLS, with {@code server.forward-headers-strategy}). On top: no framing at all, the referrer
 * policy, and a Content-Security-Policy.
 */
final class SecurityHeaders {

    /**
     * What Vaadin's pages need: its bootstrap page starts the client with an inline script, the client runs
     * server-sent JavaScript ({@code executeJs}) through {@code new Function}, and components set inline
     * styles. Everything comes from the application's own origin; nothing may frame it, and forms post only to
     * it.
     */
    static final String PAGE_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The API serves JSON only: nothing in it may load, run or be framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {}

    static void forPages(HttpSecurity http) {
        apply(http, PAGE_POLICY);
    }

    static void forApi(HttpSecurity http) {
        apply(http, API_POLICY);
    }

    private static void apply(HttpSecurity http, String policy) {
        http.headers(headers -> headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        // before the request is handled, not when the response is committed: Vaadin writes its
                        // pages past Spring Security's late writing, and sets a frame option of its own
                        // (SAMEORIGIN) unless the response has one already
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }
}
