package org.skillsmatrix.reporting.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.skillsmatrix.domain.report.MatrixReport;
import org.skillsmatrix.domain.report.MatrixReport.Row;
import org.skillsmatrix.domain.report.MatrixReport.TeamLabel;
import org.skillsmatrix.domain.report.SkillLabel;
import org.skillsmatrix.domain.scale.Level;

/**
 * The matrix as a document: each team from a new page, and per category a heatmap table of its members by
 * the category's skills, at most {@link #MAX_SKILLS} skills wide. Rows are read as they stream, one team at a
 * time.
 */
final class MatrixPdf {

    static final int MAX_SKILLS = 10;
    private static final float SIZE = 7;
    private static final float NAME_WIDTH = 3.2f;

    private final Document document;
    private final List<List<Integer>> groups;
    private List<SkillLabel> skills = List.of();
    private boolean first = true;

    MatrixPdf(Document document) {
        this.document = document;
        this.groups = new ArrayList<>();
    }

    void write(MatrixReport report) {
        skills = report.skills();
        groups.addAll(groups(skills));
        document.add(PdfBlocks.legend(report.header()));
        document.add(PdfBlocks.note("Each cell holds the level that counts: the manager's where there is one, else the"
                + " person's own. A star (3*) marks a self-rating not yet validated; an empty cell, a skill not rated."
                + " The last row of each table counts the people at " + Level.HOLDS_SKILL.value() + " or above."));
        var teams = report.teams();
        var pending = new ArrayList<Row>();
        int[] next = {0};
        report.forEachRow(row -> {
            if (!pending.isEmpty() && !pending.getFirst().team().equals(row.team())) {
                team(pending.getFirst().team(), pending);
                pending.clear();
            }
            if (pending.isEmpty()) {
                while (next[0] < teams.size() && !teams.get(next[0]).equals(row.team())) {
                    team(teams.get(next[0]++), List.of());
                }
                next[0]++;
            }
            pending.add(row);
        });
        if (!pending.isEmpty()) {
            team(pending.getFirst().team(), pending);
        }
        while (next[0] < teams.size()) {
            team(teams.get(next[0]++), List.of());
        }
    }

    /** Column groups: each category's skills, cut into runs of at most {@link #MAX_SKILLS}. */
    private static List<List<Integer>> groups(List<SkillLabel> skills) {
        var groups = new ArrayList<List<Integer>>();
        List<Integer> current = new ArrayList<>();
        for (int s = 0; s < skills.size(); s++) {
            boolean newCategory = !current.isEmpty()
                    && !skills.get(current.getFirst())
                            .category()
                            .equals(skills.get(s).category());
            if (newCategory || current.size() == MAX_SKILLS) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(s);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    private void team(TeamLabel team, List<Row> rows) {
        if (!first) {
            document.newPage();
        }
        first = false;
        document.add(PdfBlocks.heading(team.name() + " · " + rows.size() + (rows.size() == 1 ? " person" : " people")));
        if (rows.isEmpty()) {
            document.add(PdfBlocks.note("No active members."));
            return;
        }
        for (var group : groups) {
            document.add(table(group, rows));
        }
    }

    private PdfPTable table(List<Integer> group, List<Row> rows) {
        var widths = new float[group.size() + 1];
        widths[0] = NAME_WIDTH;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1;
        }
        var table = new PdfPTable(widths);
        table.setTotalWidth(document.right()
                - document.left()
                - (MAX_SKILLS - group.size()) * (document.right() - document.left()) / (NAME_WIDTH + MAX_SKILLS));
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setHeaderRows(2);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        var category = PdfTables.header(skills.get(group.getFirst()).category());
        category.setColspan(widths.length);
        table.addCell(category);
        table.addCell(PdfTables.header("Person"));
        for (int s : group) {
            var cell = new PdfPCell(new Phrase(skills.get(s).name(), PdfFonts.regular(6.5f)));
            cell.setBackgroundColor(PdfTables.HEADER_FILL);
            cell.setBorderColor(Color.WHITE);
            cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
            cell.setPadding(2);
            table.addCell(cell);
        }
        var holders = new int[group.size()];
        for (var row : rows) {
            table.addCell(PdfTables.cell(row.person().name(), PdfFonts.regular(SIZE)));
            for (int i = 0; i < group.size(); i++) {
                var rating = row.cells().get(group.get(i));
                if (rating == null || rating.level().isEmpty()) {
                    table.addCell(PdfTables.cell(null, PdfFonts.regular(SIZE)));
                    continue;
                }
                var level = rating.level().get();
                table.addCell(LevelCells.of(level, rating.manager() == null, SIZE));
                holders[i] += level.isAtLeast(Level.HOLDS_SKILL) ? 1 : 0;
            }
        }
        table.addCell(total("At " + Level.HOLDS_SKILL.value() + "+"));
        for (int count : holders) {
            var cell = total(String.valueOf(count));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell total(String text) {
        var cell = PdfTables.cell(text, PdfFonts.bold(SIZE));
        cell.setBorderWidthTop(1);
        return cell;
    }
}
