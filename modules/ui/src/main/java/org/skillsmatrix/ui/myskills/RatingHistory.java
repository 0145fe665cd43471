package org.skillsmatrix.ui.myskills;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.EvidenceText;
import org.skillsmatrix.ui.base.Interests;
import org.skillsmatrix.ui.base.LevelFormat;

/** A skill's ratings, newest first: when, by whom, which level and interest, and the evidence given. */
final class RatingHistory extends Div {

    RatingHistory(List<Assessment> history, LevelFormat levels, Dates dates) {
        addClassNames("rating-history", LumoUtility.Padding.Horizontal.LARGE, LumoUtility.Padding.Bottom.SMALL);
        if (history.isEmpty()) {
            add(new Paragraph(getTranslation("myskills.history.empty")));
            return;
        }
        var list = new UnorderedList();
        list.addClassNames(LumoUtility.Margin.NONE);
        for (var assessment : history) {
            list.add(entry(assessment, levels, dates));
        }
        add(list);
    }

    private ListItem entry(Assessment assessment, LevelFormat levels, Dates dates) {
        var parts = new ArrayList<String>();
        parts.add(dates.format(assessment.assessedAt()));
        parts.add(getTranslation(
                assessment.source() == Source.SELF ? "myskills.history.self" : "myskills.history.manager"));
        parts.add(levels.format(assessment.level()));
        if (assessment.interest() != null) {
            parts.add(getTranslation(Interests.key(assessment.interest())));
        }
        var item = new ListItem(new Span(String.join(" · ", parts)));
        if (assessment.evidence() != null) {
            var evidence = new EvidenceText(assessment.evidence());
            evidence.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            item.add(evidence);
        }
        return item;
    }
}
