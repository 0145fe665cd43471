package org.skillsmatrix.reporting.csv;

/**
 * Neutralises text a spreadsheet would run as a formula when it opens the CSV: a value starting with = + - @,
 * a tab or a carriage return gets a leading apostrophe, so it shows as the text it is.
 */
final class FormulaGuard {

    private FormulaGuard() {}

    static String text(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
