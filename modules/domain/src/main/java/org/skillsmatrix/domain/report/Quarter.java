package org.skillsmatrix.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A calendar quarter, e.g. 2026 Q3. */
record Quarter(int year, int number) {

    Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is numbered 1 to 4");
        }
    }

    static Quarter containing(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** The first instant after the quarter: its end, exclusive. */
    Instant end(ZoneId zone) {
        return dayAfter().atStartOfDay(zone).toInstant();
    }

    /** The first day after the quarter. */
    LocalDate dayAfter() {
        return number == 4 ? LocalDate.of(year + 1, 1, 1) : LocalDate.of(year, number * 3 + 1, 1);
    }

    String label() {
        return year + " Q" + number;
    }
}
