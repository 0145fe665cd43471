package org.skillsmatrix.ui.staffing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.staffing.ProposeStaffing;
import org.skillsmatrix.ui.base.LevelFormat;

/** One need of the work: a skill, the lowest level that counts, and how many people. */
final class NeedRow extends FlexLayout {

    final ComboBox<Skill> skill = new ComboBox<>();
    final Select<Level> minimum = new Select<>();
    final IntegerField headcount = new IntegerField();
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

    NeedRow(
            int number,
            List<Skill> skills,
            LevelFormat levels,
            @Nullable Skill chosen,
            Level level,
            int people,
            Consumer<NeedRow> onRemove) {
        addClassNames("staffing-need", LumoUtility.Gap.SMALL);
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        skill.setLabel(getTranslation("staffing.need.skill", number));
        skill.setItems(skills);
        skill.setItemLabelGenerator(Skill::name);
        skill.setWidth("18rem");
        skill.setMaxWidth("100%");
        skill.setManualValidation(true);
        if (chosen != null) {
            skill.setValue(chosen);
        }
        minimum.setLabel(getTranslation("staffing.need.minimum", number));
        minimum.setItems(Arrays.stream(Level.values())
                .filter(value -> value != Level.NONE)
                .toList());
        minimum.setItemLabelGenerator(levels::format);
        minimum.setValue(level);
        minimum.setWidth("13rem");
        minimum.setMaxWidth("100%");
        headcount.setLabel(getTranslation("staffing.need.headcount", number));
        headcount.setMin(1);
        headcount.setMax(ProposeStaffing.MAX_HEADCOUNT);
        headcount.setStepButtonsVisible(true);
        headcount.setValue(people);
        headcount.setWidth("8rem");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel(getTranslation("staffing.need.remove", number));
        remove.setTooltipText(getTranslation("staffing.need.remove", number));
        remove.addClickListener(event -> onRemove.accept(this));
        add(skill, minimum, headcount, remove);
    }
}
