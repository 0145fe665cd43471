package org.skillsmatrix.ui.report;

import org.skillsmatrix.domain.report.ExportChoices;

/** The reports the Reports page offers, each shown to those who may export at least one of its kind. */
enum ReportKind {
    MATRIX("reports.kind.matrix", "reports.kind.matrix.description"),
    GAPS("reports.kind.gaps", "reports.kind.gaps.description"),
    PROFILE("reports.kind.profile", "reports.kind.profile.description"),
    COVERAGE("reports.kind.coverage", "reports.kind.coverage.description");

    final String labelKey;
    final String descriptionKey;

    ReportKind(String labelKey, String descriptionKey) {
        this.labelKey = labelKey;
        this.descriptionKey = descriptionKey;
    }

    boolean offeredBy(ExportChoices choices) {
        return switch (this) {
            case MATRIX, GAPS -> choices.organisation() || !choices.teams().isEmpty();
            case PROFILE -> !choices.people().isEmpty();
            case COVERAGE -> choices.organisation();
        };
    }
}
