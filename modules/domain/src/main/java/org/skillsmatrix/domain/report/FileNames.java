package org.skillsmatrix.domain.report;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** File names that say what and when: {@code skills-matrix_payments_2026-11-21.xlsx}. */
final class FileNames {

    private static final int MAX_SUBJECT = 40;

    private FileNames() {}

    static String of(String what, String subject, LocalDate date, ReportFormat format) {
        return what + "_" + slug(subject) + "_" + date + "." + format.extension();
    }

    /** Lower-case letters, digits and single hyphens: safe in any file system and any download header. */
    static String slug(String text) {
        var plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (plain.length() > MAX_SUBJECT) {
            plain = plain.substring(0, MAX_SUBJECT).replaceAll("-$", "");
        }
        return plain.isEmpty() ? "unnamed" : plain;
    }
}
