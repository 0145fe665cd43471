package org.skillsmatrix.reporting.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.report.SkillLabel;

/** How tables share a page's width: no header cut inside a word, no table of a lone column. */
class PdfLayoutTest {

    @Test
    void aCategoryWiderThanATableIsCutIntoEvenTablesNotALoneColumn() {
        var skills = new ArrayList<SkillLabel>();
        skills.addAll(category("Security", 11));
        skills.addAll(category("Cloud", 3));
        skills.addAll(category("Languages", 21));

        var sizes = MatrixPdf.groups(skills, 10).stream().map(List::size).toList();

        assertThat(sizes).containsExactly(6, 5, 3, 7, 7, 7);
    }

    @Test
    void aColumnNarrowerThanItsLongestHeaderWordGetsThatWidthAndTheOthersShareTheRest() {
        var widths = PdfTables.widths(new float[] {28, 12, 12}, new float[] {20, 200, 20}, 520);

        assertThat(widths[1]).isCloseTo(200, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(widths[0] + widths[1] + widths[2]).isCloseTo(520, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(widths[0] / widths[2]).isCloseTo(28f / 12, org.assertj.core.data.Offset.offset(0.01f));
    }

    private static List<SkillLabel> category(String name, int size) {
        var skills = new ArrayList<SkillLabel>();
        for (int i = 1; i <= size; i++) {
            skills.add(new SkillLabel(SkillId.random(), name, name + " " + i));
        }
        return skills;
    }
}
