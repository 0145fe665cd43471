package org.skillsmatrix.domain.readmodel;

import jakarta.transaction.Transactional;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;

/**
 * Use case: the admin checks the read model against the history, and rebuilds it from there. Both read the whole
 * history, and both are audited with what the check found.
 */
@Transactional
public class MaintainReadModel {

    private static final String SUBJECT = "read model";

    private final ReadModel readModel;
    private final AccessPolicy policy;
    private final Auditor auditor;

    public MaintainReadModel(ReadModel readModel, AccessPolicy policy, Auditor auditor) {
        this.readModel = readModel;
        this.policy = policy;
        this.auditor = auditor;
    }

    public ReadModelCheck verify(Actor actor) {
        policy.check(actor, new Action.MaintainReadModel());
        var check = readModel.verify();
        auditor.record(actor, "read-model.verified", SUBJECT, describe(check));
        return check;
    }

    /** Rebuilds the read model, then checks it. */
    public ReadModelCheck rebuild(Actor actor) {
        policy.check(actor, new Action.MaintainReadModel());
        readModel.rebuild();
        var check = readModel.verify();
        auditor.record(actor, "read-model.rebuilt", SUBJECT, describe(check));
        return check;
    }

    private static String describe(ReadModelCheck check) {
        return check.parts().stream()
                .map(part -> part.name() + ": " + part.rows() + " rows, " + part.differing() + " differing")
                .collect(Collectors.joining("; "));
    }
}
