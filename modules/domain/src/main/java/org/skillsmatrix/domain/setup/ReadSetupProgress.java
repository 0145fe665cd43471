package org.skillsmatrix.domain.setup;

import jakarta.transaction.Transactional;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.audit.AuditFilter;
import org.skillsmatrix.domain.audit.AuditKind;
import org.skillsmatrix.domain.audit.AuditLog;
import org.skillsmatrix.domain.audit.AuditOrder;
import org.skillsmatrix.domain.base.PageRequest;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.profile.RoleProfiles;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;

/**
 * Use case: the setup checklist of HR and admins, each step read from what is stored, so it ticks itself off as
 * the organisation fills.
 */
@Transactional
@ReadOnly
public class ReadSetupProgress {

    private static final AuditFilter CATALOG_CHANGES =
            new AuditFilter(null, false, null, AuditKind.CATALOG, null, null);

    private final Teams teams;
    private final RoleProfiles roleProfiles;
    private final AuditLog auditLog;
    private final TeamTargets targets;
    private final Assessments assessments;
    private final AccessPolicy policy;

    public ReadSetupProgress(
            Teams teams,
            RoleProfiles roleProfiles,
            AuditLog auditLog,
            TeamTargets targets,
            Assessments assessments,
            AccessPolicy policy) {
        this.teams = teams;
        this.roleProfiles = roleProfiles;
        this.auditLog = auditLog;
        this.targets = targets;
        this.assessments = assessments;
        this.policy = policy;
    }

    /** Whether the actor sets the organisation up: HR and admins. */
    public boolean mayRead(Actor actor) {
        return policy.allows(actor, new Action.MaintainPeopleAndTeams());
    }

    public SetupProgress read(Actor actor) {
        policy.check(actor, new Action.MaintainPeopleAndTeams());
        return new SetupProgress(
                teams.all().stream().anyMatch(team -> !team.members().isEmpty()),
                !roleProfiles.all().isEmpty()
                        || auditLog.page(CATALOG_CHANGES, new PageRequest<>(0, 1, AuditOrder.AT, true))
                                        .total()
                                > 0,
                !targets.all().isEmpty(),
                assessments.count() > 0);
    }
}
