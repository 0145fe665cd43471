package org.skillsmatrix.ui.mentoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.mentoring.DevelopmentGoal;
import org.skillsmatrix.domain.mentoring.MentorProposal;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.ui.base.DatePickers;
import org.skillsmatrix.ui.base.FormBinder;
import org.skillsmatrix.ui.base.LevelFormat;

/**
 * Sets a proposed pair as the learner's development goal: the level to reach (the goal) and the due date. The binder
 * asks for both; errors from the domain show at the field they concern.
 */
final class GoalDialog extends Dialog {

    static final class Form {
        @Nullable
        Level target;

        @Nullable
        LocalDate due;
    }

    /** Stores the goal; throws the domain's error when it is refused. */
    interface Saver {
        DevelopmentGoal save(Level target, LocalDate due);
    }

    final Select<Level> target = new Select<>();
    final DatePicker due = new DatePicker();
    final Button save = new Button();
    private final FormBinder<Form> binder = new FormBinder<>(this::getTranslation);
    private final Form form = new Form();
    private final Saver saver;
    private final Consumer<DevelopmentGoal> onSaved;

    GoalDialog(
            MentorProposal proposal,
            LevelFormat levels,
            LocalDate today,
            Saver saver,
            Consumer<DevelopmentGoal> onSaved) {
        this.saver = saver;
        this.onSaved = onSaved;
        setId("goal-dialog");
        setHeaderTitle(getTranslation("mentoring.goal.title", proposal.learnerName(), proposal.skillName()));
        var mentor = new Paragraph(
                getTranslation("mentoring.goal.mentor", proposal.mentorName(), levels.format(proposal.mentorLevel())));
        target.setId("goal-target");
        target.setLabel(getTranslation("mentoring.goal.target"));
        target.setItems(Arrays.stream(Level.values())
                .filter(level -> !proposal.learnerLevel().isAtLeast(level))
                .filter(level -> proposal.mentorLevel().isAtLeast(level))
                .toList());
        target.setItemLabelGenerator(levels::format);
        target.setValue(proposal.goal());
        due.setId("goal-due");
        due.setLabel(getTranslation("mentoring.goal.due"));
        due.setMin(today);
        DatePickers.localise(due, this::getTranslation);
        due.setValue(today.plusMonths(3));
        binder.forField("target", target)
                .asRequired(getTranslation("mentoring.goal.error.target"))
                .bind(form -> form.target, (form, value) -> form.target = value);
        var dueMessage = getTranslation("mentoring.goal.error.due");
        binder.forField("due", due, () -> dueMessage)
                .asRequired(dueMessage)
                .bind(form -> form.due, (form, value) -> form.due = value);
        var layout = new FormLayout(target, due);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(binder.banner(), mentor, layout);
        save.setText(getTranslation("mentoring.goal.save"));
        save.setId("goal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        var cancel = new Button(getTranslation("mentoring.goal.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    void save() {
        if (!binder.writeIfValid(form)) {
            return;
        }
        try {
            var saved = saver.save(Objects.requireNonNull(form.target), Objects.requireNonNull(form.due));
            close();
            onSaved.accept(saved);
        } catch (DomainException e) {
            binder.show(e);
        }
    }
}
