package org.skillsmatrix.api.base;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.conflict.ExplainConflict;
import org.skillsmatrix.domain.conflict.LastChange;

/**
 * Runs edits that can lose a race so that the 409 or 412 says who changed the resource first, and when: the newest
 * audit entry of its subject, found as the UI's conflict notice finds it, for a caller allowed the edit they
 * attempted. The edit's own transaction has ended by then; the explanation reads in one of its own.
 */
public final class Conflicts {

    private final ExplainConflict explainConflict;

    public Conflicts(ExplainConflict explainConflict) {
        this.explainConflict = explainConflict;
    }

    /** The edit's result; if it lost a race, a failure naming the last change of {@code subject}, the id audited. */
    public <T> T explained(Actor actor, Action attempted, Object subject, Supplier<T> edit) {
        try {
            return edit.get();
        } catch (ConcurrentEdit lost) {
            throw new LostRace(lost.getMessage(), lastChange(actor, attempted, subject));
        }
    }

    /** Like {@link #explained(Actor, Action, Object, Supplier)}, for an edit without a result. */
    public void explained(Actor actor, Action attempted, Object subject, Runnable edit) {
        explained(actor, attempted, subject, () -> {
            edit.run();
            return null;
        });
    }

    private @Nullable LastChange lastChange(Actor actor, Action attempted, Object subject) {
        try {
            return explainConflict.lastChange(actor, attempted, subject).orElse(null);
        } catch (DomainException refused) {
            // Not the caller's to know: the answer says what the edit's own failure says, no more.
            return null;
        }
    }
}
