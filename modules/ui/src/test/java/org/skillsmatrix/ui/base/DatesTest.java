package org.skillsmatrix.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final Instant LATE_EVENING_UTC = Instant.parse("2025-03-03T23:30:00Z");

    @Test
    void formatsInTheUsersLocale() {
        assertThat(new Dates(Locale.UK, ZoneId.of("UTC")).format(LATE_EVENING_UTC))
                .isEqualTo("3 Mar 2025");
        assertThat(new Dates(Locale.US, ZoneId.of("UTC")).format(LATE_EVENING_UTC))
                .isEqualTo("Mar 3, 2025");
        assertThat(new Dates(Locale.GERMANY, ZoneId.of("UTC")).format(LATE_EVENING_UTC))
                .isEqualTo("03.03.2025");
    }

    @Test
    void takesTheDayInTheUsersTimeZone() {
        assertThat(new Dates(Locale.UK, ZoneId.of("Europe/Berlin")).format(LATE_EVENING_UTC))
                .isEqualTo("4 Mar 2025");
    }
}
