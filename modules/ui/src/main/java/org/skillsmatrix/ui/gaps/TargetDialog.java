package org.skillsmatrix.ui.gaps;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.LevelFormat;

/**
 * Adds or changes a team target: the skill, the level that counts and how many people should reach it. Bad
 * input shows at its field; a target someone else changed meanwhile shows who did and offers a reload.
 */
final class TargetDialog extends VersionedTargetDialog {

    /** Stores the target as the fields say; throws the domain's errors. */
    @FunctionalInterface
    interface Saver extends Serializable {
        TeamTarget save(Skill skill, Level level, int headcount);
    }

    final ComboBox<Skill> skill = new ComboBox<>();
    final Select<Level> level = new Select<>();
    final IntegerField headcount = new IntegerField();
    private final Saver saver;

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
        super(
                "target-dialog",
                existing == null ? "targets.add.title" : "targets.change.title",
                dates,
                explainer,
                onSaved,
                onReload);
        this.saver = saver;

        setUpSubject(
                skill, getTranslation("targets.field.skill"), skills, Skill::name, existing != null, existingSkill);
        level.setLabel(getTranslation("targets.field.level"));
        level.setItems(Arrays.stream(Level.values())
                .filter(value -> value != Level.NONE)
                .toList());
        level.setItemLabelGenerator(levels::format);
        level.setRequiredIndicatorVisible(true);
        level.setValue(existing == null ? Level.PROFICIENT : existing.level());
        setUpCount(
                headcount,
                getTranslation("targets.field.headcount"),
                getTranslation("targets.field.headcount.helper"),
                TeamTarget.MAX_HEADCOUNT,
                existing == null ? 1 : existing.headcount());
        errors.field("skill", skill, "targets.error.skill")
                .field("level", level, "targets.error.level")
                .field("headcount", headcount, "targets.error.headcount", TeamTarget.MAX_HEADCOUNT);
        layOut(skill, level, headcount);
    }

    @Override
    void check() {
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
    }

    @Override
    void store() {
        saver.save(skill.getValue(), level.getValue(), Objects.requireNonNull(headcount.getValue()));
    }
}
