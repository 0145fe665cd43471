package org.skillsmatrix.ui.gaps;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.ui.base.ViewRoutes;

/**
 * A gaps grid's links to the people finder, searching the organisation for a row's skill at a level. The browser
 * draws each link from the row's data, so a row costs the server no component.
 */
final class FinderLinks {

    static final String HREF = "href";

    private FinderLinks() {}

    static <T> LitRenderer<T> of(
            Component view, SerializableFunction<T, Skill> skill, SerializableFunction<T, Level> level) {
        var text = view.getTranslation("gaps.find");
        return LitRenderer.<T>of("<a href=\"${item.href}\" aria-label=\"${item.label}\">${item.text}</a>")
                .withProperty(
                        HREF,
                        row -> ViewRoutes.PEOPLE_FINDER + "?skill="
                                + skill.apply(row).id() + "&level="
                                + level.apply(row).value())
                .withProperty(
                        "label",
                        row -> view.getTranslation(
                                "gaps.find.aria", skill.apply(row).name()))
                .withProperty("text", row -> text);
    }
}
