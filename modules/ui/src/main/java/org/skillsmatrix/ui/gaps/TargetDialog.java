package org.skillsmatrix.ui.gaps;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.conflict.LastChange;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.ui.base.ConflictNotice;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.FormErrors;
import org.skillsmatrix.ui.base.LevelFormat;

/**
 * Adds or changes a team target: the skill, the level that counts and how many people should reach it. Bad
 * input shows at its field; a target someone else changed meanwhile shows who did and offers a reload.
 */
final class TargetDialog extends Dialog {

    /** Stores the target as the fields say; throws the domain's errors. */
    @FunctionalInterface
    interface Saver extends Serializable {
        TeamTarget save(Skill skill, Level level, int headcount);
    }

    /** Who changed the team's targets last, for the conflict notice. */
    @FunctionalInterface
    interface Explainer extends Serializable {
        Optional<LastChange> lastChange();
    }

    final ComboBox<Skill> skill = new ComboBox<>();
    final Select<Level> level = new Select<>();
    final IntegerField headcount = new IntegerField();
    final Button save = new Button();
    final Button cancel = new Button();
    private final VerticalLayout content = new VerticalLayout();
    private final FormErrors errors = new FormErrors(this::getTranslation);
    private final Saver saver;
    private final Explainer explainer;
    private final Dates dates;
    private final SerializableRunnable onSaved;
    private final SerializableRunnable onReload;

    TargetDialog(
            @Nullable TeamTarget existing,
            @Nullable Skill existingSkill,
            List<Skill> skills,
            LevelFormat levels,
            Dates dates,
            Saver saver,
            Explainer explainer,
            SerializableRunnable onSaved,
            SerializableRunnable onReload) {
        this.saver = saver;
        this.explainer = explainer;
        this.dates = dates;
        this.onSaved = onSaved;
        this.onReload = onReload;
        setId("target-dialog");
        setHeaderTitle(getTranslation(existing == null ? "targets.add.title" : "targets.change.title"));
        setWidth("min(32rem, 100vw)");

        skill.setLabel(getTranslation("targets.field.skill"));
        skill.setItems(skills);
        skill.setItemLabelGenerator(Skill::name);
        skill.setRequiredIndicatorVisible(true);
        skill.setWidthFull();
        level.setLabel(getTranslation("targets.field.level"));
        level.setItems(Arrays.stream(Level.values())
                .filter(value -> value != Level.NONE)
                .toList());
        level.setItemLabelGenerator(levels::format);
        level.setRequiredIndicatorVisible(true);
        level.setValue(Level.PROFICIENT);
        headcount.setLabel(getTranslation("targets.field.headcount"));
        headcount.setHelperText(getTranslation("targets.field.headcount.helper"));
        headcount.setMin(1);
        headcount.setMax(TeamTarget.MAX_HEADCOUNT);
        headcount.setStepButtonsVisible(true);
        headcount.setRequiredIndicatorVisible(true);
        headcount.setValue(1);
        if (existing != null) {
            skill.setValue(existingSkill);
            skill.setReadOnly(true);
            level.setValue(existing.level());
            headcount.setValue(existing.headcount());
        }
        errors.field("skill", skill, "targets.error.skill")
                .field("level", level, "targets.error.level")
                .field("headcount", headcount, "targets.error.headcount", TeamTarget.MAX_HEADCOUNT);

        var form = new FormLayout(skill, level, headcount);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        content.setPadding(false);
        content.add(errors.banner(), form);
        add(content);

        save.setText(getTranslation("targets.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        cancel.setText(getTranslation("targets.cancel"));
        cancel.addClickListener(event -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        errors.clear();
        if (skill.isEmpty()) {
            errors.invalid("skill", getTranslation("targets.error.skill-required"));
        }
        if (level.isEmpty()) {
            errors.invalid("level", getTranslation("targets.error.level"));
        }
        var count = headcount.getValue();
        if (headcount.isInvalid() || count == null || count < 1 || count > TeamTarget.MAX_HEADCOUNT) {
            errors.invalid("headcount", getTranslation("targets.error.headcount", TeamTarget.MAX_HEADCOUNT));
        }
        if (errors.hasErrors()) {
            return;
        }
        try {
            saver.save(skill.getValue(), level.getValue(), count);
            close();
            onSaved.run();
        } catch (ConcurrentEdit e) {
            showConflict();
        } catch (DomainException e) {
            errors.show(e);
        }
    }

    private void showConflict() {
        content.getChildren()
                .filter(child -> child instanceof ConflictNotice)
                .toList()
                .forEach(content::remove);
        save.setEnabled(false);
        content.addComponentAsFirst(new ConflictNotice(explainer.lastChange(), dates, () -> {
            close();
            onReload.run();
        }));
    }
}
