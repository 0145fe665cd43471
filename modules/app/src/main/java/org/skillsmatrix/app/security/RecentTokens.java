package org.skillsmatrix.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Bearer tokens checked lately, so that an API client's calls with the same token do not each check its signature
 * again: a token that passed every check (signature, issuer, expiry, audience) is taken as it is for a short while
 * ({@code skills-matrix.oidc.sign-in-cache}), never past its expiry. The same bytes always pass the same checks but
 * for time, so only time decides how long; a token that failed is checked again at every call.
 */
final class RecentTokens implements JwtDecoder {

    /** Beyond this many tokens, all are forgotten rather than kept without bound. */
    private static final int MAX_TOKENS = 10_000;

    private final JwtDecoder decoder;
    private final Duration kept;
    private final Clock clock;
    private final Map<String, Kept> tokens = new ConcurrentHashMap<>();

    RecentTokens(JwtDecoder decoder, Duration kept, Clock clock) {
        this.decoder = decoder;
        this.kept = kept;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        var now = clock.instant();
        var known = tokens.get(token);
        if (known != null && now.isBefore(known.until())) {
            return known.jwt();
        }
        var jwt = decoder.decode(token);
        if (kept.isPositive()) {
            var until = now.plus(kept);
            var expires = Objects.requireNonNull(jwt.getExpiresAt(), "checked tokens expire");
            if (expires.isBefore(until)) {
                until = expires;
            }
            if (tokens.size() >= MAX_TOKENS) {
                tokens.clear();
            }
            tokens.put(token, new Kept(jwt, until));
        }
        return jwt;
    }

    private record Kept(Jwt jwt, Instant until) {}
}
