package org.skillsmatrix.reporting.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
import org.skillsmatrix.reporting.base.Language;

/**
 * The matrix as a document: each team from a new page, and per category a heatmap table of its members by
 * the category's skills. A4 upright holds {@link #UPRIGHT_SKILLS} skills a table; a catalog with a wider
 * category is printed on landscape pages, {@link #LANDSCAPE_SKILLS} a table. A category wider still is cut
 * into tables of even widths, so no table holds a lone column. Rows are read as they stream, one team at a
 * time.
 */
final class MatrixPdf {

    static final int UPRIGHT_SKILLS = 10;
    static final int LANDSCAPE_SKILLS = 16;
    private static final float SIZE = 7;
    private static final float NAME_WIDTH = 3.2f;

    private final Document document;
    private final int maxSkills;
    private final List<List<Integer>> groups;
    private List<SkillLabel> skills = List.of();
    private @Nullable MatrixReport report;
    private boolean first = true;
    private final Language language;

    MatrixPdf(Document document, int maxSkills, Language language) {
        this.document = document;
        this.language = language;
        this.maxSkills = maxSkills;
        this.groups = new ArrayList<>();
    }

    /** Whether the catalog has a category too wide for an upright page's table. */
    static boolean landscape(MatrixReport report) {
        return categorySizes(report.skills()).stream().anyMatch(size -> size > UPRIGHT_SKILLS);
    }

    void write(MatrixReport report) {
        skills = report.skills();
        this.report = report;
        groups.addAll(groups(skills, maxSkills));
        document.add(PdfBlocks.legend(report.header()));
        document.add(PdfBlocks.note(language.text("pdf.matrix.note", Level.HOLDS_SKILL.value())));
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

    /**
     * Column groups: each category's skills, cut into as few runs of at most {@code max} as it takes, of
     * widths that differ by one at most (11 skills at 10 a table make 6 and 5, not 10 and 1).
     */
    static List<List<Integer>> groups(List<SkillLabel> skills, int max) {
        var groups = new ArrayList<List<Integer>>();
        int start = 0;
        for (int size : categorySizes(skills)) {
            int runs = (size + max - 1) / max;
            for (int run = 0; run < runs; run++) {
                int width = size / runs + (run < size % runs ? 1 : 0);
                var group = new ArrayList<Integer>();
                for (int s = start; s < start + width; s++) {
                    group.add(s);
                }
                groups.add(group);
                start += width;
            }
        }
        return groups;
    }

    /** The number of skills in each category, in the catalog's order. */
    private static List<Integer> categorySizes(List<SkillLabel> skills) {
        var sizes = new ArrayList<Integer>();
        for (int s = 0; s < skills.size(); s++) {
            if (s == 0 || !skills.get(s).category().equals(skills.get(s - 1).category())) {
                sizes.add(0);
            }
            sizes.set(sizes.size() - 1, sizes.getLast() + 1);
        }
        return sizes;
    }

    private void team(TeamLabel team, List<Row> rows) {
        if (!first) {
            document.newPage();
        }
        first = false;
        document.add(PdfBlocks.heading(language.text("pdf.matrix.team", team.name(), rows.size())));
        if (rows.isEmpty()) {
            document.add(PdfBlocks.note(language.text("pdf.matrix.no-members")));
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
                - (maxSkills - group.size()) * (document.right() - document.left()) / (NAME_WIDTH + maxSkills));
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setHeaderRows(2);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        var category = PdfTables.header(skills.get(group.getFirst()).category());
        category.setColspan(widths.length);
        table.addCell(category);
        table.addCell(PdfTables.header(language.text("column.person")));
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
            table.addCell(PdfTables.cell(row.person().name(), PdfFonts.regular(SIZE), language));
            for (int i = 0; i < group.size(); i++) {
                var rating = row.cells().get(group.get(i));
                if (rating == null || rating.level().isEmpty()) {
                    table.addCell(PdfTables.cell(null, PdfFonts.regular(SIZE), language));
                    continue;
                }
                var level = rating.level().get();
                table.addCell(LevelCells.of(
                        level,
                        rating.manager() == null,
                        Objects.requireNonNull(report, "the report being written")
                                .stale(rating),
                        SIZE));
                holders[i] += level.isAtLeast(Level.HOLDS_SKILL) ? 1 : 0;
            }
        }
        table.addCell(total(language.text("pdf.matrix.holders", Level.HOLDS_SKILL.value())));
        for (int count : holders) {
            var cell = total(String.valueOf(count));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        return table;
    }

    private PdfPCell total(String text) {
        var cell = PdfTables.cell(text, PdfFonts.bold(SIZE), language);
        cell.setBorderWidthTop(1);
        return cell;
    }
}
