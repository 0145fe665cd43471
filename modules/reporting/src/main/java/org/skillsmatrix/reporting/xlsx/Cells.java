package org.skillsmatrix.reporting.xlsx;

import java.time.LocalDate;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.scale.Level;

/** Writes one value into a cell by its type: numbers as numbers, dates as dates, levels in their colour. */
final class Cells {

    private Cells() {}

    static void write(Worksheet sheet, int r, int c, @Nullable Object value) {
        switch (value) {
            case null -> {}
            case Level level -> {
                sheet.value(r, c, level.value());
                XlsxStyles.level(level, true, false).on(sheet, r, c);
            }
            case Number number -> {
                sheet.value(r, c, number.doubleValue());
                XlsxStyles.NUMBER.on(sheet, r, c);
            }
            case LocalDate date -> {
                sheet.value(r, c, date);
                XlsxStyles.DATE.on(sheet, r, c);
            }
            default -> sheet.value(r, c, value.toString());
        }
    }

    static void total(Worksheet sheet, int r, int c, @Nullable Object value) {
        switch (value) {
            case null -> {}
            case Number number -> {
                sheet.value(r, c, number.doubleValue());
                XlsxStyles.TOTAL_NUMBER.on(sheet, r, c);
            }
            default -> {
                sheet.value(r, c, value.toString());
                XlsxStyles.TOTAL_LABEL.on(sheet, r, c);
            }
        }
    }
}
