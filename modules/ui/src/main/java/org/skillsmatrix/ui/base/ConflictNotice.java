package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Optional;
import org.skillsmatrix.domain.conflict.LastChange;

/**
 * Says that an edit lost a race: who changed the same thing, when and how, from the audit trail, and offers
 * to reload the current state so the user can apply their change again.
 */
public final class ConflictNotice extends Div {

    public final Button reload = new Button();

    public ConflictNotice(Optional<LastChange> lastChange, Dates dates, Runnable onReload) {
        setId("conflict-notice");
        getElement().setAttribute("role", "alert");
        addClassNames(
                LumoUtility.Background.ERROR_10,
                LumoUtility.TextColor.BODY,
                LumoUtility.Border.LEFT,
                LumoUtility.BorderColor.ERROR,
                LumoUtility.Padding.SMALL,
                LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.CENTER);
        var text = lastChange
                .map(change -> getTranslation(
                        "conflict.changed-by", change.who(), dates.formatDateTime(change.at()), describe(change)))
                .orElseGet(() -> getTranslation("conflict.changed"));
        var message = new Span(text);
        message.setId("conflict-message");
        reload.setText(getTranslation("conflict.reload"));
        reload.setIcon(VaadinIcon.REFRESH.create());
        reload.setId("conflict-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reload.addClickListener(event -> onReload.run());
        add(message, reload);
    }

    private String describe(LastChange change) {
        var what = getTranslation(changeKey(change.action()));
        return change.detail().isBlank() ? what : what + ": " + change.detail();
    }

    /**
     * The bundle key describing an audit action, e.g. {@code target} and {@code changed}; the actions are the
     * ones the use cases record, a subject and a verb.
     */
    static String changeKey(String action) {
        var dot = action.indexOf('.');
        var subject = dot < 0 ? action : action.substring(0, dot);
        var verb = dot < 0 ? "" : action.substring(dot + 1);
        return switch (subject) {
            case "target" ->
                switch (verb) {
                    case "added" -> "change.target.added";
                    case "removed" -> "change.target.removed";
                    default -> "change.target.changed";
                };
            case "skill" ->
                switch (verb) {
                    case "retired" -> "change.skill.retired";
                    case "reinstated" -> "change.skill.reinstated";
                    default -> "change.skill.changed";
                };
            case "team" -> "change.team.changed";
            case "person" -> "change.person.changed";
            case "category" -> "change.category.changed";
            case "scale" -> "change.scale.described";
            case "profile" -> "change.profile.changed";
            default -> "change.other";
        };
    }
}
