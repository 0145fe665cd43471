package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicPasswordEncoderTest {

    private final PublicPasswordEncoder encoder = new PublicPasswordEncoder();

    @Test
    void the_configured_password_matches_and_nothing_else_does() {
        var demo = encoder.encode("demo");

        assertThat(encoder.matches("demo", demo)).isTrue();
        assertThat(encoder.matches("Demo", demo)).isFalse();
        assertThat(encoder.matches("demo ", demo)).isFalse();
        assertThat(encoder.matches("", demo)).isFalse();
        assertThat(encoder.matches(null, demo)).isFalse();
    }

    @Test
    void a_hash_of_another_kind_matches_nothing() {
        assertThat(encoder.matches("demo", "{bcrypt}$2a$10$abcdefghijklmnopqrstuv"))
                .isFalse();
        assertThat(encoder.matches("demo", "")).isFalse();
        assertThat(encoder.matches("demo", null)).isFalse();
    }
}
