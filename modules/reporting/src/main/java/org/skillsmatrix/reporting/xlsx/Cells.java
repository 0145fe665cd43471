package org.skillsmatrix.reporting.xlsx;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.scale.Level;

/** Writes one value into a cell by its type: numbers as numbers, dates as dates, levels in their colour. */
final class Cells {

    private final XlsxStyles styles;

    Cells(XlsxStyles styles) {
        this.styles = styles;
    }

    void write(Row row, int column, @Nullable Object value) {
        switch (value) {
            case null -> {}
            case Level level -> {
                var cell = row.createCell(column);
                cell.setCellValue(level.value());
                cell.setCellStyle(styles.level(level, true));
            }
            case Number number -> {
                var cell = row.createCell(column);
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(styles.number);
            }
            case LocalDate date -> {
                var cell = row.createCell(column);
                cell.setCellValue(date);
                cell.setCellStyle(styles.date);
            }
            default -> {
                var cell = row.createCell(column);
                cell.setCellValue(value.toString());
                cell.setCellStyle(styles.text);
            }
        }
    }

    void total(Row row, int column, @Nullable Object value) {
        switch (value) {
            case null -> {}
            case Number number -> {
                var cell = row.createCell(column);
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(styles.totalNumber);
            }
            default -> {
                var cell = row.createCell(column);
                cell.setCellValue(value.toString());
                cell.setCellStyle(styles.totalLabel);
            }
        }
    }
}
