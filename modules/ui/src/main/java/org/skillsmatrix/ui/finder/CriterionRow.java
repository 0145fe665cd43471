package org.skillsmatrix.ui.finder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.ui.base.LevelFormat;

/** One criterion of a search: a skill and the level it takes at least. */
final class CriterionRow extends HorizontalLayout {

    final ComboBox<Skill> skill = new ComboBox<>();
    final Select<Level> minimum = new Select<>();
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

    CriterionRow(
            int number,
            List<Skill> skills,
            LevelFormat levels,
            @Nullable Skill chosen,
            Level level,
            Consumer<CriterionRow> onRemove) {
        addClassName("criterion");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        skill.setLabel(getTranslation("finder.criterion.skill", number));
        skill.setItems(skills);
        skill.setItemLabelGenerator(Skill::name);
        skill.setWidth("20rem");
        skill.setManualValidation(true);
        if (chosen != null) {
            skill.setValue(chosen);
        }
        minimum.setLabel(getTranslation("finder.criterion.minimum", number));
        minimum.setItems(Arrays.asList(Level.values()));
        minimum.setItemLabelGenerator(levels::format);
        minimum.setValue(level);
        minimum.setWidth("14rem");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel(getTranslation("finder.criterion.remove", number));
        remove.setTooltipText(getTranslation("finder.criterion.remove", number));
        remove.addClickListener(event -> onRemove.accept(this));
        add(skill, minimum, remove);
    }
}
