package org.skillsmatrix.reporting.csv;

import java.io.IOException;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.reporting.base.Column;
import org.skillsmatrix.reporting.base.Table;

/** Writes a table: its column keys as the header, then its rows; levels as their numbers. */
final class TableCsv {

    private final CSVPrinter printer;

    TableCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    void write(Table table) throws IOException {
        for (Column column : table.columns()) {
            printer.print(column.key());
        }
        printer.println();
        for (var row : table.rows()) {
            for (var cell : row) {
                printer.print(value(cell));
            }
            printer.println();
        }
    }

    static @Nullable Object value(@Nullable Object cell) {
        return switch (cell) {
            case null -> null;
            case Level level -> level.value();
            case String text -> FormulaGuard.text(text);
            default -> cell.toString();
        };
    }
}
