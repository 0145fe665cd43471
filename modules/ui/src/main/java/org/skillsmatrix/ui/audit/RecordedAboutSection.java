package org.skillsmatrix.ui.audit;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.AuditFilter;
import org.skillsmatrix.domain.audittrail.ReadAuditTrail;
import org.skillsmatrix.domain.base.PersonId;

/**
 * What was recorded about a person, and by whom, newest first, a page at a time: on their profile for them, their
 * managers, HR and admins. Nothing shows to anyone else.
 */
public final class RecordedAboutSection extends VerticalLayout {

    final AuditGrid grid = new AuditGrid("recorded-about-grid", false);

    public RecordedAboutSection(ReadAuditTrail trail, Actor actor, PersonId person) {
        setId("recorded-about");
        setPadding(false);
        setSpacing(false);
        var heading = new H2(getTranslation("audit.about.title"));
        heading.addClassNames(
                LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.SMALL);
        var intro = new Paragraph(getTranslation("audit.about.intro"));
        intro.addClassNames(LumoUtility.Margin.NONE, LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        grid.setAriaLabel(getTranslation("audit.about.title"));
        grid.setHeight("20rem");
        grid.show(request -> trail.about(actor, person, AuditFilter.EVERYTHING, request));
        add(heading, intro, grid);
    }

    /** The section where the actor may read what was recorded about the person; else nothing. */
    public static java.util.Optional<RecordedAboutSection> of(ReadAuditTrail trail, Actor actor, PersonId person) {
        return trail.mayReadAbout(actor, person)
                ? java.util.Optional.of(new RecordedAboutSection(trail, actor, person))
                : java.util.Optional.empty();
    }
}
