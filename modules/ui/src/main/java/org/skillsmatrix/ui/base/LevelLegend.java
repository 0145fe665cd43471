package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.skillsmatrix.domain.scale.Level;

/** The key to the heatmap: each level's colour, number and name, and how a missing rating looks. */
public final class LevelLegend extends Div {

    public LevelLegend(LevelFormat levels, boolean showUnvalidated) {
        setId("level-legend");
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", getTranslation("legend.label"));
        addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.MEDIUM,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.FontSize.SMALL);
        for (var level : Level.values()) {
            add(entry(new LevelSwatch(level, levels.format(level)), levels.name(level)));
        }
        add(entry(new LevelSwatch(null, getTranslation("legend.not-rated")), getTranslation("legend.not-rated")));
        if (showUnvalidated) {
            var swatch = new LevelSwatch(Level.WORKING_KNOWLEDGE, getTranslation("legend.unvalidated"));
            swatch.addClassNames("unvalidated");
            add(entry(swatch, getTranslation("legend.unvalidated")));
        }
    }

    private Div entry(Span swatch, String text) {
        var entry = new Div(swatch, new Span(text));
        entry.getElement().setAttribute("role", "listitem");
        entry.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.XSMALL, LumoUtility.AlignItems.CENTER);
        swatch.getElement().setAttribute("aria-hidden", "true");
        return entry;
    }
}
