package org.skillsmatrix.reporting.xlsx;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.report.MatrixReport.Row;
import org.skillsmatrix.domain.report.SkillLabel;
import org.skillsmatrix.domain.scale.Level;

/**
 * One sheet of the matrix, written row by row as they stream: a band of category names over the skill names
 * (turned upright to keep columns narrow), both frozen with the name column; a level per cell in its colour;
 * then the people rated and the holders per skill.
 */
final class MatrixSheet {

    static final int HEADER_ROWS = 2;

    private final SXSSFSheet sheet;
    private final XlsxStyles styles;
    private final List<SkillLabel> skills;
    private final boolean withTeam;
    private final int firstSkill;
    private final int emailColumn;
    private final int[] rated;
    private final int[] holders;
    private int next = HEADER_ROWS;

    MatrixSheet(SXSSFSheet sheet, XlsxStyles styles, List<SkillLabel> skills, boolean withTeam) {
        this.sheet = sheet;
        this.styles = styles;
        this.skills = skills;
        this.withTeam = withTeam;
        this.firstSkill = withTeam ? 2 : 1;
        this.emailColumn = firstSkill + skills.size();
        this.rated = new int[skills.size()];
        this.holders = new int[skills.size()];
        writeHeader();
    }

    private void writeHeader() {
        var band = sheet.createRow(0);
        var names = sheet.createRow(1);
        names.setHeightInPoints(150);
        if (withTeam) {
            header(names, 0, "Team");
            sheet.setColumnWidth(0, 22 * 256);
        }
        header(names, firstSkill - 1, "Person");
        sheet.setColumnWidth(firstSkill - 1, 26 * 256);
        int runStart = 0;
        for (int s = 0; s < skills.size(); s++) {
            int column = firstSkill + s;
            var cell = names.createCell(column);
            cell.setCellValue(skills.get(s).name());
            cell.setCellStyle(styles.rotatedHeader);
            sheet.setColumnWidth(column, 5 * 256);
            boolean lastOfCategory = s == skills.size() - 1
                    || !skills.get(s + 1).category().equals(skills.get(s).category());
            if (lastOfCategory) {
                var categoryCell = band.createCell(firstSkill + runStart);
                categoryCell.setCellValue(skills.get(s).category());
                for (int c = firstSkill + runStart; c <= column; c++) {
                    (c == firstSkill + runStart ? categoryCell : band.createCell(c))
                            .setCellStyle(styles.categoryHeader);
                }
                if (s > runStart) {
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, firstSkill + runStart, column));
                }
                runStart = s + 1;
            }
        }
        header(names, emailColumn, "E-mail");
        sheet.setColumnWidth(emailColumn, 32 * 256);
        sheet.createFreezePane(firstSkill, HEADER_ROWS);
        PrintLayout.apply(sheet, HEADER_ROWS);
    }

    void add(Row member) {
        var row = sheet.createRow(next++);
        if (withTeam) {
            text(row, 0, member.team().name());
        }
        text(row, firstSkill - 1, member.person().name());
        for (int s = 0; s < skills.size(); s++) {
            var rating = member.cells().get(s);
            if (rating == null || rating.level().isEmpty()) {
                continue;
            }
            var level = rating.level().get();
            var cell = row.createCell(firstSkill + s);
            cell.setCellValue(level.value());
            cell.setCellStyle(styles.level(level, rating.manager() != null));
            rated[s]++;
            if (level.isAtLeast(Level.HOLDS_SKILL)) {
                holders[s]++;
            }
        }
        text(row, emailColumn, member.person().email());
    }

    /** The autofilter over the people, then the counts per skill below them. */
    void finish(String holderLabel) {
        int lastPerson = next - 1;
        sheet.setAutoFilter(new CellRangeAddress(1, Math.max(HEADER_ROWS, lastPerson), 0, emailColumn));
        next++;
        totals("People rated", rated);
        totals(holderLabel, holders);
    }

    private void totals(String label, int[] counts) {
        var row = sheet.createRow(next++);
        var cell = row.createCell(firstSkill - 1);
        cell.setCellValue(label);
        cell.setCellStyle(styles.totalLabel);
        for (int s = 0; s < counts.length; s++) {
            var count = row.createCell(firstSkill + s);
            count.setCellValue(counts[s]);
            count.setCellStyle(styles.totalNumber);
        }
    }

    private void header(org.apache.poi.ss.usermodel.Row row, int column, String title) {
        var cell = row.createCell(column);
        cell.setCellValue(title);
        cell.setCellStyle(styles.header);
    }

    private void text(org.apache.poi.ss.usermodel.Row row, int column, @Nullable String value) {
        if (value != null) {
            var cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.text);
        }
    }
}
