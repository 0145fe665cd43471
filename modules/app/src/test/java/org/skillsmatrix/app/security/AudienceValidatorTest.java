package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class AudienceValidatorTest {

    private final AudienceValidator validator = new AudienceValidator("skills-matrix-api");

    @Test
    void acceptsATokenMeantForTheApiAmongOthers() {
        assertThat(validator
                        .validate(token(List.of("account", "skills-matrix-api")))
                        .hasErrors())
                .isFalse();
    }

    @Test
    void refusesATokenForSomeoneElseOrForNobody() {
        var refused = validator.validate(token(List.of("skills-matrix-web")));

        assertThat(refused.hasErrors()).isTrue();
        assertThat(refused.getErrors())
                .singleElement()
                .satisfies(error -> assertThat(error.getErrorCode()).isEqualTo("invalid_token"));
        assertThat(validator.validate(token(List.of())).hasErrors()).isTrue();
    }

    private static Jwt token(List<String> audience) {
        var builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("s")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        if (!audience.isEmpty()) {
            builder.audience(audience);
        }
        return builder.build();
    }
}
