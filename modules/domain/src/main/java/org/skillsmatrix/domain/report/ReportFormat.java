package org.skillsmatrix.domain.report;

/** The file formats reports are exported in. */
public enum ReportFormat {
    /** An Excel workbook that reads like the heatmap. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** RFC 4180 CSV in UTF-8, comma-separated, one row per person and skill. */
    CSV("csv", "text/csv; charset=UTF-8"),
    /** The same CSV as Excel opens it by double-click: a byte order mark and semicolons. */
    CSV_EXCEL("csv", "text/csv; charset=UTF-8"),
    /** An A4 document with tables and charts. */
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether the format is read by other systems, and so written the same whoever asks: CSV, in English. */
    public boolean forMachines() {
        return this == CSV || this == CSV_EXCEL;
    }
}
