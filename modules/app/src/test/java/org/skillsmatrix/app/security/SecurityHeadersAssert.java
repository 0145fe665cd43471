package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** The security headers every response carries, as the tests of both ways of signing in check them. */
final class SecurityHeadersAssert {

    private SecurityHeadersAssert() {}

    static void assertPageHeaders(HttpResponse<?> response) {
        assertCommonHeaders(response);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.PAGE_POLICY);
    }

    static void assertApiHeaders(HttpResponse<?> response) {
        assertCommonHeaders(response);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.API_POLICY);
    }

    private static void assertCommonHeaders(HttpResponse<?> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
        assertThat(headers.firstValue("Strict-Transport-Security"))
                .as("HSTS only on secure requests")
                .isEmpty();
    }
}
