package org.skillsmatrix.reporting.xlsx;

import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.report.MatrixReport;
import org.skillsmatrix.domain.report.MatrixReport.Row;
import org.skillsmatrix.domain.report.SkillLabel;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.reporting.base.Language;

/**
 * One sheet of the matrix, written row by row as they stream, each batch of rows going out to the file at once:
 * a band of category names over the skill names (turned upright to keep columns narrow), both frozen with the
 * name column; a level per cell in its colour, starred where not yet validated and with a dagger where stale; then
 * the people rated and the holders per skill.
 */
final class MatrixSheet {

    static final int HEADER_ROWS = 2;
    private static final int ROWS_PER_FLUSH = 64;

    private final Worksheet sheet;
    private final MatrixReport report;
    private final List<SkillLabel> skills;
    private final boolean withTeam;
    private final LevelStyles levelStyles;
    private final Language language;
    private final int firstSkill;
    private final int emailColumn;
    private final int[] rated;
    private final int[] holders;
    private int next = HEADER_ROWS;

    MatrixSheet(Worksheet sheet, MatrixReport report, boolean withTeam, LevelStyles levelStyles, Language language)
            throws IOException {
        this.sheet = sheet;
        this.language = language;
        this.report = report;
        this.skills = report.skills();
        this.withTeam = withTeam;
        this.levelStyles = levelStyles;
        this.firstSkill = withTeam ? 2 : 1;
        this.emailColumn = firstSkill + skills.size();
        this.rated = new int[skills.size()];
        this.holders = new int[skills.size()];
        writeHeader();
    }

    private void writeHeader() throws IOException {
        sheet.rowHeight(1, 150);
        if (withTeam) {
            header(0, language.text("column.team"));
            sheet.width(0, 22);
        }
        header(firstSkill - 1, language.text("column.person"));
        sheet.width(firstSkill - 1, 26);
        int runStart = 0;
        for (int s = 0; s < skills.size(); s++) {
            int column = firstSkill + s;
            sheet.value(1, column, skills.get(s).name());
            XlsxStyles.ROTATED_HEADER.on(sheet, 1, column);
            sheet.width(column, 5);
            boolean lastOfCategory = s == skills.size() - 1
                    || !skills.get(s + 1).category().equals(skills.get(s).category());
            if (lastOfCategory) {
                int first = firstSkill + runStart;
                sheet.value(0, first, skills.get(s).category());
                for (int c = first; c <= column; c++) {
                    XlsxStyles.CATEGORY_HEADER.on(sheet, 0, c);
                }
                if (s > runStart) {
                    sheet.range(0, first, 0, column).merge();
                }
                runStart = s + 1;
            }
        }
        header(emailColumn, language.text("column.email"));
        sheet.width(emailColumn, 32);
        sheet.freezePane(firstSkill, HEADER_ROWS);
        PrintLayout.apply(sheet, HEADER_ROWS);
        sheet.flush();
    }

    void add(Row member) throws IOException {
        int r = next++;
        if (withTeam) {
            sheet.value(r, 0, member.team().name());
        }
        text(r, firstSkill - 1, member.person().name());
        for (int s = 0; s < skills.size(); s++) {
            var rating = member.cells().get(s);
            if (rating == null || rating.level().isEmpty()) {
                continue;
            }
            var level = rating.level().get();
            int column = firstSkill + s;
            sheet.value(r, column, level.value());
            levelStyles.on(sheet, r, column, XlsxStyles.level(level, rating.manager() != null, report.stale(rating)));
            rated[s]++;
            if (level.isAtLeast(Level.HOLDS_SKILL)) {
                holders[s]++;
            }
        }
        text(r, emailColumn, member.person().email());
        if (r % ROWS_PER_FLUSH == 0) {
            sheet.flush();
        }
    }

    /** The autofilter over the people, then the counts per skill below them; the sheet is then complete. */
    void finish(String holderLabel) throws IOException {
        int lastPerson = next - 1;
        sheet.setAutoFilter(1, 0, Math.max(HEADER_ROWS, lastPerson), emailColumn);
        next++;
        totals(language.text("xlsx.matrix.rated"), rated);
        totals(holderLabel, holders);
        sheet.finish();
    }

    private void totals(String label, int[] counts) {
        int r = next++;
        sheet.value(r, firstSkill - 1, label);
        XlsxStyles.TOTAL_LABEL.on(sheet, r, firstSkill - 1);
        for (int s = 0; s < counts.length; s++) {
            sheet.value(r, firstSkill + s, counts[s]);
            XlsxStyles.TOTAL_NUMBER.on(sheet, r, firstSkill + s);
        }
    }

    private void header(int column, String title) {
        sheet.value(1, column, title);
        XlsxStyles.HEADER.on(sheet, 1, column);
    }

    /** A person's own text, written inline: shared strings would only be kept in memory to the end, unshared. */
    private void text(int r, int column, @Nullable String value) {
        if (value != null) {
            sheet.inlineString(r, column, value);
        }
    }
}
