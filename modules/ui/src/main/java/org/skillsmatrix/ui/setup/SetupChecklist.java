package org.skillsmatrix.ui.setup;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.skillsmatrix.domain.setup.SetupProgress;
import org.skillsmatrix.ui.base.ViewRoutes;

/**
 * The steps from an empty start to a working organisation, each with where it is done and whether it is done
 * yet, said in words as well as by its icon.
 */
public final class SetupChecklist extends Section {

    public SetupChecklist(SetupProgress progress) {
        setId("setup-checklist");
        addClassNames("setup-checklist", LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM);
        var title = new H2(getTranslation("setup.title"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        var intro = new Paragraph(getTranslation("setup.intro"));
        intro.addClassNames(LumoUtility.Margin.Vertical.SMALL);
        var steps = new UnorderedList(
                step(
                        "setup-people",
                        progress.peopleAndTeams(),
                        "setup.people",
                        link(ViewRoutes.IMPORT, "setup.people.import"),
                        link(ViewRoutes.ADMIN_PEOPLE, "setup.people.people"),
                        link(ViewRoutes.ADMIN_TEAMS, "setup.people.teams")),
                step(
                        "setup-catalog",
                        progress.catalogReviewed(),
                        "setup.catalog",
                        link(ViewRoutes.ADMIN_CATALOG, "setup.catalog.link"),
                        link(ViewRoutes.ADMIN_ROLE_PROFILES, "setup.catalog.profiles")),
                step(
                        "setup-targets",
                        progress.targetsSet(),
                        "setup.targets",
                        link(ViewRoutes.GAPS, "setup.targets.link")),
                step("setup-rate", progress.rated(), "setup.rate", link(ViewRoutes.MY_SKILLS, "setup.rate.link")));
        steps.addClassNames(LumoUtility.Margin.NONE, LumoUtility.Padding.NONE, "setup-steps");
        add(title, intro, steps);
    }

    private ListItem step(String id, boolean done, String textKey, Anchor... links) {
        var icon = (done ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName(done ? "setup-done" : "setup-open");
        var state = new Span(getTranslation(done ? "setup.done" : "setup.open"));
        state.addClassNames("setup-state", LumoUtility.FontWeight.SEMIBOLD);
        var item = new ListItem(icon, state, new Span(getTranslation(textKey)));
        for (var link : links) {
            item.add(link);
        }
        item.setId(id);
        item.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.CENTER);
        return item;
    }

    private Anchor link(String route, String textKey) {
        return new Anchor(route.isEmpty() ? "." : route, getTranslation(textKey));
    }
}
