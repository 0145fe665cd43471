package org.skillsmatrix.ui.myskills;

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
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.ui.base.FormBinder;
import org.skillsmatrix.ui.base.Interests;
import org.skillsmatrix.ui.base.LevelFormat;

/**
 * Rates a skill: the level, each option with the scale's descriptor; the person's interest; optional
 * evidence. Starts from their last self-rating. The binder asks for a level and an interest; errors from the domain
 * show at the field they concern.
 */
final class RatingDialog extends Dialog {

    static final class Form {
        @Nullable
        Level level;

        @Nullable
        Interest interest;

        String evidence = "";
    }

    /** Stores the rating; throws the domain's errors. */
    @FunctionalInterface
    interface Rater extends Serializable {
        Assessment rate(Level level, Interest interest, @Nullable String evidence);
    }

    final RadioButtonGroup<Level> level = new RadioButtonGroup<>();
    final RadioButtonGroup<Interest> interest = new RadioButtonGroup<>();
    final TextArea evidence = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();

    private final FormBinder<Form> binder = new FormBinder<>(this::getTranslation);
    /** Errors no field shows. */
    final Div error = binder.banner();

    private final Form form = new Form();
    private final Rater rater;
    private final SerializableConsumer<Assessment> onSaved;

    RatingDialog(SkillRow row, LevelFormat levels, Rater rater, SerializableConsumer<Assessment> onSaved) {
        this.rater = rater;
        this.onSaved = onSaved;
        setId("rating-dialog");
        setHeaderTitle(getTranslation("rating.title", row.name()));
        setCloseOnOutsideClick(false);
        setWidth("min(40rem, 100vw)");

        var content = new VerticalLayout(error);
        content.setPadding(false);
        var description = row.skill().description();
        if (description != null) {
            content.add(new Paragraph(description));
        }
        error.setId("rating-error");

        level.setLabel(getTranslation("rating.level.label"));
        level.setItems(List.of(Level.values()));
        level.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        level.setItemLabelGenerator(levels::format);
        level.setRenderer(new ComponentRenderer<>(value -> option(levels, value)));
        row.selfLevel().ifPresent(level::setValue);

        interest.setLabel(getTranslation("rating.interest.label"));
        interest.setItems(List.of(Interest.values()));
        interest.setItemLabelGenerator(value -> getTranslation(Interests.key(value)));
        interest.setValue(row.interest().orElse(Interest.NEUTRAL));

        evidence.setLabel(getTranslation("rating.evidence.label"));
        evidence.setMaxLength(Assessment.MAX_EVIDENCE);
        evidence.setWidthFull();
        evidence.setValueChangeMode(ValueChangeMode.LAZY);
        evidence.addValueChangeListener(event -> countCharacters());
        countCharacters();

        binder.forField("level", level)
                .asRequired(getTranslation("rating.level.required"))
                .bind(form -> form.level, (form, value) -> form.level = value);
        binder.forField("interest", interest)
                .asRequired(getTranslation("rating.interest.required"))
                .bind(form -> form.interest, (form, value) -> form.interest = value);
        binder.forField("evidence", evidence).bind(form -> form.evidence, (form, value) -> form.evidence = value);
        content.add(level, interest, evidence);
        add(content);

        save.setText(getTranslation("rating.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        cancel.setText(getTranslation("rating.cancel"));
        cancel.addClickListener(event -> close());
        getFooter().add(cancel, save);
    }

    private Component option(LevelFormat levels, Level value) {
        var name = new Span(levels.format(value));
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var descriptor = new Span(levels.descriptor(value));
        descriptor.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        return new Div(new Div(name), new Div(descriptor));
    }

    private void countCharacters() {
        evidence.setHelperText(
                getTranslation("rating.evidence.helper", evidence.getValue().length(), Assessment.MAX_EVIDENCE));
    }

    private void save() {
        if (!binder.writeIfValid(form)) {
            return;
        }
        try {
            var saved = rater.rate(
                    Objects.requireNonNull(form.level), Objects.requireNonNull(form.interest), form.evidence);
            close();
            onSaved.accept(saved);
        } catch (DomainException e) {
            binder.show(e);
        }
    }
}
