package org.skillsmatrix.reporting.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.report.MatrixReport;
import org.skillsmatrix.domain.report.MatrixReport.TeamLabel;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.reporting.base.Language;

/**
 * The matrix as sheets, written as its rows stream in: one sheet per team for up to {@link #MAX_TEAM_SHEETS}
 * teams, where each reads on its own; beyond that one sheet with a team column, which a filter narrows.
 */
final class MatrixSheets {

    static final int MAX_TEAM_SHEETS = 12;
    private final Workbook workbook;
    private final SheetNames names;
    private final LevelStyles levelStyles = new LevelStyles();
    private final Language language;

    MatrixSheets(Workbook workbook, SheetNames names, Language language) {
        this.workbook = workbook;
        this.names = names;
        this.language = language;
    }

    static boolean sheetPerTeam(MatrixReport report) {
        return report.teams().size() <= MAX_TEAM_SHEETS;
    }

    void write(MatrixReport report) throws IOException {
        var holders = language.text(
                "xlsx.matrix.holders",
                Level.HOLDS_SKILL.value() + " " + report.header().levelName(Level.HOLDS_SKILL));
        try {
            if (!sheetPerTeam(report)) {
                var sheet = new MatrixSheet(
                        workbook.newWorksheet(names.unique(language.text("xlsx.matrix.sheet"))),
                        report,
                        true,
                        levelStyles,
                        language);
                report.forEachRow(row -> unchecked(() -> sheet.add(row)));
                sheet.finish(holders);
                return;
            }
            var writer = new PerTeam(report, holders);
            report.forEachRow(row -> unchecked(() -> writer.add(row)));
            writer.finishAll();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private interface Writing {
        void run() throws IOException;
    }

    private static void unchecked(Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens each team's sheet in the report's team order, empty teams included, as their rows arrive. */
    private final class PerTeam {

        private final MatrixReport report;
        private final String holders;
        private int nextTeam;
        private @Nullable TeamLabel team;
        private @Nullable MatrixSheet sheet;

        PerTeam(MatrixReport report, String holders) {
            this.report = report;
            this.holders = holders;
        }

        void add(MatrixReport.Row row) throws IOException {
            if (sheet == null || !row.team().equals(team)) {
                openUpTo(row.team());
            }
            if (sheet != null) {
                sheet.add(row);
            }
        }

        private void openUpTo(TeamLabel wanted) throws IOException {
            while (nextTeam < report.teams().size()) {
                finishCurrent();
                team = report.teams().get(nextTeam++);
                sheet = new MatrixSheet(
                        workbook.newWorksheet(names.unique(team.name())), report, false, levelStyles, language);
                if (team.equals(wanted)) {
                    return;
                }
            }
            throw new IllegalStateException("rows arrived for " + wanted.name() + " out of the report's team order");
        }

        private void finishCurrent() throws IOException {
            if (sheet != null) {
                sheet.finish(holders);
                sheet = null;
            }
        }

        void finishAll() throws IOException {
            finishCurrent();
            while (nextTeam < report.teams().size()) {
                var empty = report.teams().get(nextTeam++);
                new MatrixSheet(workbook.newWorksheet(names.unique(empty.name())), report, false, levelStyles, language)
                        .finish(holders);
            }
        }
    }
}
