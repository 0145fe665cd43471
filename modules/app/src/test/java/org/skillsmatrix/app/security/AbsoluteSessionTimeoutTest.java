package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class AbsoluteSessionTimeoutTest {

    private final MockHttpSession session = new MockHttpSession();
    private final Instant started = Instant.ofEpochMilli(session.getCreationTime());

    @Test
    void aSessionYoungerThanTheTimeoutLivesOn() throws Exception {
        filter(started.plus(Duration.ofHours(12)).minusSeconds(1)).doFilter(request(), response(), chain());

        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void aSessionAsOldAsTheTimeoutEndsHoweverBusyItWas() throws Exception {
        var chain = chain();

        filter(started.plus(Duration.ofHours(12))).doFilter(request(), response(), chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest())
                .as("the request goes on, without the session")
                .isNotNull();
    }

    @Test
    void aRequestWithoutSessionPassesAndGetsNone() throws Exception {
        var request = new MockHttpServletRequest();

        filter(started.plus(Duration.ofDays(1))).doFilter(request, response(), chain());

        assertThat(request.getSession(false)).isNull();
    }

    private AbsoluteSessionTimeout filter(Instant now) {
        return new AbsoluteSessionTimeout(Duration.ofHours(12), Clock.fixed(now, ZoneOffset.UTC));
    }

    private MockHttpServletRequest request() {
        var request = new MockHttpServletRequest();
        request.setSession(session);
        return request;
    }

    private static MockHttpServletResponse response() {
        return new MockHttpServletResponse();
    }

    private static MockFilterChain chain() {
        return new MockFilterChain();
    }
}
