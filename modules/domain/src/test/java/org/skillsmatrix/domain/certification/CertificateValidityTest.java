package org.skillsmatrix.domain.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.CertificateId;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.testing.TestClock;

class CertificateValidityTest {

    /** 2025-03-03, a Monday. */
    private final TestClock clock = new TestClock(Instant.parse("2025-03-03T09:00:00Z"));

    private final CertificateValidity validity =
            new CertificateValidity(CertificateValidity.DEFAULT_EXPIRING_WITHIN, clock);

    @Test
    void aCertificateIsValidThroughItsExpiryDateAndExpiredTheDayAfter() {
        assertThat(validity.status(LocalDate.of(2025, 3, 3))).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(validity.status(LocalDate.of(2025, 3, 2))).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(CertificateStatus.EXPIRING.valid()).isTrue();
        assertThat(CertificateStatus.EXPIRED.valid()).isFalse();
    }

    @Test
    void expiringMeansWithinTheWindowOf60DaysByDefault() {
        assertThat(validity.expiringWithin()).isEqualTo(Period.ofDays(60));
        assertThat(validity.status(LocalDate.of(2025, 5, 2))).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(validity.status(LocalDate.of(2025, 5, 3))).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void theWindowIsConfigurableAndZeroFlagsOnlyTheLastDay() {
        var week = new CertificateValidity(Period.ofDays(7), clock);
        assertThat(week.status(LocalDate.of(2025, 3, 10))).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(week.status(LocalDate.of(2025, 3, 11))).isEqualTo(CertificateStatus.VALID);

        var none = new CertificateValidity(Period.ZERO, clock);
        assertThat(none.status(LocalDate.of(2025, 3, 3))).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(none.status(LocalDate.of(2025, 3, 4))).isEqualTo(CertificateStatus.VALID);

        assertThatThrownBy(() -> new CertificateValidity(Period.ofDays(-1), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStatusFollowsTheClock() {
        var certificate = certificate(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 30));
        assertThat(validity.status(certificate)).isEqualTo(CertificateStatus.VALID);
        assertThat(validity.daysLeft(certificate)).isEqualTo(119);

        clock.advance(java.time.Duration.ofDays(100));
        assertThat(validity.status(certificate)).isEqualTo(CertificateStatus.EXPIRING);

        clock.advance(java.time.Duration.ofDays(20));
        assertThat(validity.status(certificate)).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(validity.daysLeft(certificate)).isEqualTo(-1);
    }

    private static Certificate certificate(LocalDate issued, LocalDate expires) {
        return new Certificate(
                CertificateId.random(),
                PersonId.random(),
                CertificationId.random(),
                issued,
                expires,
                null,
                Instant.EPOCH,
                null,
                null,
                0);
    }
}
