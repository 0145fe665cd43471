package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.ManagementRelations;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;

/**
 * The entries of the main menu an actor may open. Entries whose rule depends on the actor's roles alone ask
 * the domain's access policy; team views show to managers and HR, who then choose among the teams the policy
 * lets them read. The views themselves check again through their use cases.
 */
public final class Navigation {

    /** A menu entry: the bundle key of its label, its path and its icon. */
    public record Entry(String labelKey, String path, VaadinIcon icon) {

        /**
         * Whether the entry stays marked on the pages under its path, e.g. a team's matrix under the matrix. My
         * profile does not: a member's profile lies under its path but is not the actor's own.
         */
        public boolean marksNestedPages() {
            return !path.isEmpty() && !path.equals(ViewRoutes.PROFILE);
        }
    }

    /** Role-only decisions: no relation between people holds, so only the actor's roles count. */
    private static final AccessPolicy ROLES_ONLY = new AccessPolicy(new ManagementRelations() {
        @Override
        public boolean manages(PersonId manager, PersonId person) {
            return false;
        }

        @Override
        public boolean managesTeam(PersonId manager, TeamId team) {
            return false;
        }

        @Override
        public Set<PersonId> managedPeople(PersonId manager) {
            return Set.of();
        }
    });

    private Navigation() {}

    public static List<Entry> entries(Actor actor) {
        var entries = new ArrayList<Entry>();
        if (actor.has(Role.EMPLOYEE)) {
            entries.add(new Entry("nav.my-skills", ViewRoutes.MY_SKILLS, VaadinIcon.USER_CARD));
            entries.add(new Entry("nav.my-profile", ViewRoutes.PROFILE, VaadinIcon.CHART_3D));
        }
        if (readsTeams(actor)) {
            entries.add(new Entry("nav.matrix", ViewRoutes.MATRIX, VaadinIcon.GRID_BIG));
            entries.add(new Entry("nav.gaps", ViewRoutes.GAPS, VaadinIcon.CROSSHAIRS));
            entries.add(new Entry("nav.calibration", ViewRoutes.CALIBRATION, VaadinIcon.SCALE));
            entries.add(new Entry("nav.mentoring", ViewRoutes.MENTORING, VaadinIcon.HANDSHAKE));
            entries.add(new Entry("nav.what-if", ViewRoutes.WHAT_IF, VaadinIcon.EXCHANGE));
        }
        if (ROLES_ONLY.allows(actor, new Action.ReadOrganisation())) {
            entries.add(new Entry("nav.organisation-gaps", ViewRoutes.ORGANISATION_GAPS, VaadinIcon.SITEMAP));
        }
        if (ROLES_ONLY.allows(actor, new Action.SearchPeople())) {
            entries.add(new Entry("nav.people-finder", ViewRoutes.PEOPLE_FINDER, VaadinIcon.SEARCH));
        }
        if (ROLES_ONLY.allows(actor, new Action.StaffWork())) {
            entries.add(new Entry("nav.staffing", ViewRoutes.STAFFING, VaadinIcon.CLIPBOARD_CHECK));
        }
        if (exportsReports(actor)) {
            entries.add(new Entry("nav.reports", ViewRoutes.REPORTS, VaadinIcon.DOWNLOAD));
        }
        if (ROLES_ONLY.allows(actor, new Action.MaintainPeopleAndTeams())
                || ROLES_ONLY.allows(actor, new Action.ImportAssessments())) {
            entries.add(new Entry("nav.import", ViewRoutes.IMPORT, VaadinIcon.UPLOAD));
        }
        if (ROLES_ONLY.allows(actor, new Action.ReadAuditTrail())) {
            entries.add(new Entry("nav.audit", ViewRoutes.AUDIT, VaadinIcon.RECORDS));
        }
        if (ROLES_ONLY.allows(actor, new Action.MaintainCatalog())) {
            entries.add(new Entry("nav.admin.catalog", ViewRoutes.ADMIN_CATALOG, VaadinIcon.BOOK));
        }
        if (ROLES_ONLY.allows(actor, new Action.MaintainPeopleAndTeams())) {
            entries.add(new Entry("nav.admin.teams", ViewRoutes.ADMIN_TEAMS, VaadinIcon.GROUP));
            entries.add(new Entry("nav.admin.people", ViewRoutes.ADMIN_PEOPLE, VaadinIcon.USERS));
        }
        if (ROLES_ONLY.allows(actor, new Action.MaintainRoleProfiles())) {
            entries.add(
                    new Entry("nav.admin.role-profiles", ViewRoutes.ADMIN_ROLE_PROFILES, VaadinIcon.CLIPBOARD_USER));
        }
        return entries;
    }

    /**
     * Whether the actor may export anything: HR the organisation, a manager their teams, an employee their own
     * profile. What exactly, the export use case says on the Reports page.
     */
    public static boolean exportsReports(Actor actor) {
        return ROLES_ONLY.allows(actor, new Action.ExportOrganisationReport())
                || actor.has(Role.MANAGER)
                || ROLES_ONLY.allows(actor, new Action.ExportPersonReport(actor.person()));
    }

    /** Managers read the teams they manage, HR every team; which teams exactly, the policy says in the view. */
    public static boolean readsTeams(Actor actor) {
        return actor.has(Role.MANAGER) || actor.has(Role.HR);
    }
}
