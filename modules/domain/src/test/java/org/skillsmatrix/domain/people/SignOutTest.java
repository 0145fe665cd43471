package org.skillsmatrix.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignOutTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aSignOutOfASessionEndsThatSessionAlone() {
        var signOut = new SignOut("sid-1", "noah", AT);

        assertThat(signOut.ends("sid-1", "noah", AT.minusSeconds(60))).isTrue();
        assertThat(signOut.ends("sid-2", "noah", AT.minusSeconds(60))).isFalse();
        assertThat(signOut.ends(null, "noah", AT.minusSeconds(60))).isFalse();
        assertThat(signOut.ends("sid-1", "maya", AT.minusSeconds(60))).isFalse();
    }

    @Test
    void aSignOutOfAnAccountEndsItsSessionsBegunBeforeIt() {
        var signOut = new SignOut(null, "noah", AT);

        assertThat(signOut.ends("sid-1", "noah", AT.minusSeconds(60))).isTrue();
        assertThat(signOut.ends("sid-2", "noah", AT)).isTrue();
        assertThat(signOut.ends("sid-3", "noah", AT.plusSeconds(1))).isFalse();
        assertThat(signOut.ends("sid-1", "maya", AT.minusSeconds(60))).isFalse();
    }

    @Test
    void aSignOutNamesASessionOrAnAccount() {
        assertThatThrownBy(() -> new SignOut(null, null, AT)).isInstanceOf(IllegalArgumentException.class);
    }
}
