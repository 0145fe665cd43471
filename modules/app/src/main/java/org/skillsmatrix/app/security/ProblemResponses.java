package org.skillsmatrix.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.DatabaseOutage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers to requests that are not signed in (401) or not allowed (403): RFC 9457 problem details
 * ({@code application/problem+json}) with the {@code WWW-Authenticate} challenge of the scheme the API takes.
 * Never a redirect to a sign-in page, which a program cannot follow. Where the database could not be asked about
 * the caller, 503 with Retry-After instead: nothing is wrong with their credentials.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final int IDENTITY_PROVIDER_RETRY_AFTER_SECONDS = 10;

    private final AuthenticationEntryPoint challenge;
    private final AccessDeniedHandler denial;
    private final String signInAdvice;

    private ProblemResponses(AuthenticationEntryPoint challenge, AccessDeniedHandler denial, String signInAdvice) {
        this.challenge = challenge;
        this.denial = denial;
        this.signInAdvice = signInAdvice;
    }

    /** For bearer tokens (RFC 6750): the challenge names the token's error. */
    static ProblemResponses bearerTokens() {
        return new ProblemResponses(
                new BearerTokenAuthenticationEntryPoint(),
                new BearerTokenAccessDeniedHandler(),
                "Send an access token from the identity provider: Authorization: Bearer <token>.");
    }

    /** For HTTP Basic with the local demo accounts. */
    static ProblemResponses basic(String realm) {
        return new ProblemResponses(
                (request, response, failure) -> {
                    response.setHeader(
                            HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
                    response.setStatus(HttpStatus.UNAUTHORIZED.value());
                },
                (request, response, denied) -> response.setStatus(HttpStatus.FORBIDDEN.value()),
                "Sign in with a local demo account: HTTP Basic, e.g. curl -u employee:demo.");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (DatabaseOutage.isCauseOf(failure)) {
            // the credentials could not be checked at all: not a failed sign-in
            databaseUnavailable(request, response);
            return;
        }
        try {
            challenge.commence(request, response, failure);
        } catch (ServletException e) {
            throw new IOException(e);
        }
        var detail = failure instanceof OAuth2AuthenticationException refused
                        && refused.getError().getDescription() != null
                ? "The access token was refused: " + refused.getError().getDescription()
                : "You are not signed in. " + signInAdvice;
        write(request, response, HttpStatus.UNAUTHORIZED, detail, null);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        try {
            denial.handle(request, response, denied);
        } catch (ServletException e) {
            throw new IOException(e);
        }
        if (request.getUserPrincipal() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof RefusedAccount refused) {
            var reason = refused.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
            write(request, response, HttpStatus.FORBIDDEN, refused.message(), reason);
        } else {
            write(request, response, HttpStatus.FORBIDDEN, "You are not allowed to do this.", null);
        }
    }

    /** 503 with Retry-After: the database is out of reach, and the same request will succeed once it is back. */
    static void databaseUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.MESSAGE, null);
    }

    /** 503 with Retry-After: the identity provider's keys, needed to check the token, cannot be fetched now. */
    static void identityProviderUnavailable(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(IDENTITY_PROVIDER_RETRY_AFTER_SECONDS));
        write(
                request,
                response,
                HttpStatus.SERVICE_UNAVAILABLE,
                "Access tokens cannot be checked right now: the identity provider is unreachable. Try again in a"
                        + " moment.",
                null);
    }

    private static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String detail,
            @Nullable String reason)
            throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        if (reason != null) {
            problem.put("reason", reason);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
