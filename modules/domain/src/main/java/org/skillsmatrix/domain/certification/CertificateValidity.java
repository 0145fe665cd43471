package org.skillsmatrix.domain.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When a certificate is valid, expiring or expired. It is valid through its expiry date and expired from the day
 * after; it is expiring when that date is at most {@code expiringWithin} away (by default 60 days). Days are the
 * clock's days.
 */
public final class CertificateValidity {

    public static final Period DEFAULT_EXPIRING_WITHIN = Period.ofDays(60);

    private final Period expiringWithin;
    private final Clock clock;

    public CertificateValidity(Period expiringWithin, Clock clock) {
        Objects.requireNonNull(expiringWithin, "expiringWithin");
        if (expiringWithin.isNegative()) {
            throw new IllegalArgumentException(
                    "The window of expiring certificates cannot be negative: " + expiringWithin);
        }
        this.expiringWithin = expiringWithin;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Period expiringWithin() {
        return expiringWithin;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public CertificateStatus status(Certificate certificate) {
        return status(certificate.expires());
    }

    public CertificateStatus status(LocalDate expires) {
        var today = today();
        if (expires.isBefore(today)) {
            return CertificateStatus.EXPIRED;
        }
        return expires.isAfter(today.plus(expiringWithin)) ? CertificateStatus.VALID : CertificateStatus.EXPIRING;
    }

    /** Days from today to the expiry date: 0 on the last valid day, negative once expired. */
    public long daysLeft(Certificate certificate) {
        return ChronoUnit.DAYS.between(today(), certificate.expires());
    }
}
