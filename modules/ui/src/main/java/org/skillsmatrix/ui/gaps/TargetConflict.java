package org.skillsmatrix.ui.gaps;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableRunnable;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.conflict.ExplainConflict;
import org.skillsmatrix.ui.base.ConflictNotice;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.DomainErrors;

/**
 * Above a team's targets of one kind: where a removal someone else's change overtook says who changed the team's
 * targets, when, and offers a reload. Explains the same to the dialogs that add and change the targets.
 */
final class TargetConflict extends Div {

    private final Actor actor;
    private final ExplainConflict explainConflict;
    private final Dates dates;
    private final SerializableRunnable reload;

    TargetConflict(String id, Actor actor, ExplainConflict explainConflict, Dates dates, SerializableRunnable reload) {
        this.actor = actor;
        this.explainConflict = explainConflict;
        this.dates = dates;
        this.reload = reload;
        setId(id);
    }

    /** Who changed the team's targets last, for a dialog's conflict notice. */
    VersionedTargetDialog.Explainer explainer(TeamId team) {
        return () -> explainConflict.lastChange(actor, new Action.SetTeamTargets(team), team);
    }

    /**
     * Runs the removal, then {@code removed}; a lost race shows here who changed the team's targets first, any other
     * failure in a notification.
     */
    void remove(TeamId team, Runnable removal, Runnable removed) {
        removeAll();
        try {
            removal.run();
            removed.run();
        } catch (ConcurrentEdit e) {
            add(new ConflictNotice(explainer(team).lastChange(), dates, reload));
        } catch (DomainException e) {
            Notification.show(DomainErrors.describe(e, this::getTranslation))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
