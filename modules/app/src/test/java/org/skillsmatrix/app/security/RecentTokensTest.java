package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.testing.TestClock;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Tokens signed with a key of the test's own and checked by Nimbus, as the API checks the provider's. */
class RecentTokensTest {

    private final TestClock clock = new TestClock(Instant.now());
    private final KeyPair key = rsa();
    private final AtomicInteger checks = new AtomicInteger();
    private final RecentTokens recent = new RecentTokens(counted(decoder(key)), Duration.ofSeconds(10), clock);

    @Test
    void the_same_token_within_the_time_kept_is_checked_once() {
        var token = token(key, Duration.ofMinutes(5));

        var first = recent.decode(token);
        clock.advance(Duration.ofSeconds(9));

        assertThat(recent.decode(token)).isSameAs(first);
        assertThat(checks).hasValue(1);
    }

    @Test
    void once_the_time_kept_is_over_the_token_is_checked_again() {
        var token = token(key, Duration.ofMinutes(5));
        recent.decode(token);
        clock.advance(Duration.ofSeconds(10));

        recent.decode(token);

        assertThat(checks).hasValue(2);
    }

    @Test
    void a_token_is_never_taken_past_its_expiry() {
        var token = token(key, Duration.ofSeconds(3));
        recent.decode(token);
        clock.advance(Duration.ofSeconds(4));

        assertThat(checks).hasValue(1);
        assertThatThrownBy(() -> recent.decode(token))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void a_token_that_failed_is_checked_at_every_call() {
        var forged = token(rsa(), Duration.ofMinutes(5));

        assertThatThrownBy(() -> recent.decode(forged)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> recent.decode(forged)).isInstanceOf(JwtException.class);
        assertThat(checks).hasValue(2);
    }

    private JwtDecoder counted(JwtDecoder decoder) {
        return token -> {
            checks.incrementAndGet();
            return decoder.decode(token);
        };
    }

    private JwtDecoder decoder(KeyPair key) {
        var decoder =
                NimbusJwtDecoder.withPublicKey((RSAPublicKey) key.getPublic()).build();
        var timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        decoder.setJwtValidator(timestamps);
        return decoder;
    }

    private String token(KeyPair signedWith, Duration expiresIn) {
        try {
            var claims = new JWTClaimsSet.Builder()
                    .subject("ada")
                    .issueTime(Date.from(clock.instant()))
                    .expirationTime(Date.from(clock.instant().plus(expiresIn)))
                    .build();
            var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(signedWith.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
