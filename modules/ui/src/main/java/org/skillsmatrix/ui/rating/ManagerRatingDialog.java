package org.skillsmatrix.ui.rating;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.Rating;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.FormBinder;
import org.skillsmatrix.ui.base.Interests;
import org.skillsmatrix.ui.base.LevelFormat;

/**
 * A manager rates a team member's skill, validates the member's own rating with one click, or confirms a stale
 * rating is still accurate. Shows both current ratings with their dates; the binder asks for a level, and errors from
 * the domain show at the field they concern.
 */
public final class ManagerRatingDialog extends Dialog {

    static final class Form {
        @Nullable
        Level level;

        String evidence = "";
    }

    /** Stores the manager's rating; throws the domain's errors. */
    @FunctionalInterface
    public interface Rater extends Serializable {
        Assessment rate(Level level, @Nullable String evidence);
    }

    public final RadioButtonGroup<Level> level = new RadioButtonGroup<>();
    public final TextArea evidence = new TextArea();
    public final Button validate = new Button();
    public final Button save = new Button();
    public final Button cancel = new Button();

    private final Rater rater;
    private final SerializableSupplier<Assessment> confirmer;
    private final SerializableConsumer<Assessment> onSaved;
    private final FormBinder<Form> binder = new FormBinder<>(this::getTranslation);
    private final Form form = new Form();

    public ManagerRatingDialog(
            String person,
            Skill skill,
            @Nullable CurrentRating rating,
            LevelFormat levels,
            Dates dates,
            RatingAge age,
            Rater rater,
            SerializableSupplier<Assessment> confirmer,
            SerializableConsumer<Assessment> onSaved) {
        this.rater = rater;
        this.confirmer = confirmer;
        this.onSaved = onSaved;
        setId("manager-rating-dialog");
        setHeaderTitle(getTranslation("manager-rating.title", person, skill.name()));
        setWidth("min(40rem, 100vw)");

        var self = rating == null ? null : rating.self();
        var manager = rating == null ? null : rating.manager();
        var content = new VerticalLayout(binder.banner());
        content.setPadding(false);
        content.setSpacing(false);
        var standing = new Div(
                line("manager-rating.self", "manager-rating.self-none", self, levels, dates),
                line("manager-rating.manager", "manager-rating.manager-none", manager, levels, dates));
        standing.setId("manager-rating-standing");
        if (rating != null && rating.interest() != null) {
            standing.add(new Div(
                    getTranslation("manager-rating.interest", getTranslation(Interests.key(rating.interest())))));
        }
        content.add(standing);
        if (skill.description() != null) {
            var description = new Paragraph(skill.description());
            description.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            content.add(description);
        }

        level.setLabel(getTranslation("manager-rating.level.label"));
        level.setItems(List.of(Level.values()));
        level.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        level.setItemLabelGenerator(levels::format);
        level.setRenderer(new ComponentRenderer<>(value -> option(levels, value)));
        var start = manager != null ? manager.level() : self != null ? self.level() : null;
        if (start != null) {
            level.setValue(start);
        }
        evidence.setLabel(getTranslation("manager-rating.evidence.label"));
        evidence.setMaxLength(Assessment.MAX_EVIDENCE);
        evidence.setWidthFull();
        binder.forField("level", level)
                .asRequired(getTranslation("manager-rating.level.required"))
                .bind(form -> form.level, (form, value) -> form.level = value);
        binder.forField("evidence", evidence).bind(form -> form.evidence, (form, value) -> form.evidence = value);
        content.add(level, evidence);
        add(content);

        cancel.setText(getTranslation("manager-rating.cancel"));
        cancel.addClickListener(event -> close());
        save.setText(getTranslation("manager-rating.save"));
        save.addClickListener(event -> save());
        getFooter().add(cancel);
        if (self != null && (manager == null || manager.level() != self.level())) {
            validate.setText(getTranslation("manager-rating.validate", levels.format(self.level())));
            validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            validate.addClickListener(event -> {
                level.setValue(self.level());
                save();
            });
            getFooter().add(save, validate);
        } else if (manager != null && rating != null && age.isStale(rating)) {
            validate.setText(getTranslation("manager-rating.still-accurate", levels.format(manager.level())));
            validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            validate.addClickListener(event -> store(confirmer));
            getFooter().add(save, validate);
        } else {
            validate.setVisible(false);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(save);
        }
    }

    private Div line(String key, String noneKey, @Nullable Rating rating, LevelFormat levels, Dates dates) {
        var text = rating == null
                ? getTranslation(noneKey)
                : getTranslation(key, levels.format(rating.level()), dates.format(rating.at()));
        return new Div(new Span(text));
    }

    private Component option(LevelFormat levels, Level value) {
        var name = new Span(levels.format(value));
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var descriptor = new Span(levels.descriptor(value));
        descriptor.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        return new Div(new Div(name), new Div(descriptor));
    }

    private void save() {
        if (binder.writeIfValid(form)) {
            store(() -> rater.rate(Objects.requireNonNull(form.level), form.evidence));
        }
    }

    private void store(SerializableSupplier<Assessment> action) {
        try {
            var saved = action.get();
            close();
            onSaved.accept(saved);
        } catch (DomainException e) {
            binder.show(e);
        }
    }
}
