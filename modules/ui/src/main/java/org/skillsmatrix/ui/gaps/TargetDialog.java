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
final class TargetDialog extends VersionedTargetDialog<TargetDialog.Form> {

    static final class Form {
        @Nullable
        Skill skill;

        @Nullable
        Level level;

        @Nullable
        Integer headcount;
    }

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
                new Form(),
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
        level.setValue(existing == null ? Level.PROFICIENT : existing.level());
        setUpCount(
                headcount,
                getTranslation("targets.field.headcount"),
                getTranslation("targets.field.headcount.helper"),
                TeamTarget.MAX_HEADCOUNT,
                existing == null ? 1 : existing.headcount());
        binder.forField("skill", skill, () -> getTranslation("targets.error.skill"))
                .asRequired(getTranslation("targets.error.skill-required"))
                .bind(form -> form.skill, (form, value) -> form.skill = value);
        var levelMessage = getTranslation("targets.error.level");
        binder.forField("level", level, () -> levelMessage)
                .asRequired(levelMessage)
                .bind(form -> form.level, (form, value) -> form.level = value);
        bindCount(
                "headcount",
                headcount,
                getTranslation("targets.error.headcount", TeamTarget.MAX_HEADCOUNT),
                TeamTarget::requireHeadcount,
                form -> form.headcount,
                (form, value) -> form.headcount = value);
        layOut(skill, level, headcount);
    }

    @Override
    void store(Form form) {
        saver.save(
                Objects.requireNonNull(form.skill),
                Objects.requireNonNull(form.level),
                Objects.requireNonNull(form.headcount));
    }
}
