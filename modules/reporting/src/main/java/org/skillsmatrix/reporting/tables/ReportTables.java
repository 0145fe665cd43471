package org.skillsmatrix.reporting.tables;

import java.util.List;
import org.skillsmatrix.domain.report.CoverageReport;
import org.skillsmatrix.domain.report.MatrixReport;
import org.skillsmatrix.domain.report.OrganisationGapReport;
import org.skillsmatrix.domain.report.ProfileReport;
import org.skillsmatrix.domain.report.Report;
import org.skillsmatrix.domain.report.TeamGapReport;
import org.skillsmatrix.domain.report.WhatIfReport;
import org.skillsmatrix.reporting.base.Language;
import org.skillsmatrix.reporting.base.Table;

/** The tables of every report but the matrix, which streams and is laid out by each format itself. */
public final class ReportTables {

    private ReportTables() {}

    /** The tables people read, in order: one sheet each in XLSX, one section each in PDF. */
    public static List<Table> sheets(Report report) {
        return switch (report) {
            case TeamGapReport gaps -> TeamGapTables.sheets(gaps);
            case OrganisationGapReport gaps -> OrganisationGapTables.sheets(gaps);
            case ProfileReport profile -> ProfileTables.sheets(profile);
            case CoverageReport coverage -> CoverageTables.sheets(coverage);
            case WhatIfReport whatIf -> WhatIfTables.sheets(whatIf);
            case MatrixReport ignored -> throw streamed();
        };
    }

    /** The matrix's certificates: the teams' active members' certificates, a sheet beside the streamed matrix. */
    public static Table certificates(MatrixReport matrix) {
        return CertificateTables.of(matrix.certificates(), Language.of(matrix.header()));
    }

    /** The one tidy table CSV writes: one row per observation, one column per variable. */
    public static Table tidy(Report report) {
        return switch (report) {
            case TeamGapReport gaps -> TeamGapTables.tidy(gaps);
            case OrganisationGapReport gaps ->
                OrganisationGapTables.sheets(gaps).getFirst();
            case ProfileReport profile -> ProfileTables.tidy(profile);
            case CoverageReport coverage -> CoverageTables.tidy(coverage);
            case WhatIfReport whatIf -> WhatIfTables.figures(whatIf);
            case MatrixReport ignored -> throw streamed();
        };
    }

    private static IllegalArgumentException streamed() {
        return new IllegalArgumentException("the matrix streams its rows; it has no tables");
    }
}
