package org.skillsmatrix.domain.access;

import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;

/** Everything an actor may ask to do, with its target where the decision depends on one. */
public sealed interface Action {

    record ReadCatalog() implements Action {}

    record MaintainCatalog() implements Action {}

    record MaintainRoleProfiles() implements Action {}

    record MaintainPeopleAndTeams() implements Action {}

    /** Read a person's profile: ratings, history, gaps. */
    record ReadPerson(PersonId person) implements Action {}

    /** Rate one's own skills. */
    record RateSelf(PersonId person) implements Action {}

    /** Rate, or validate, a team member's skills as their manager. */
    record RateAsManager(PersonId person) implements Action {}

    /** Read a team's matrix and gaps. */
    record ReadTeam(TeamId team) implements Action {}

    record SetTeamTargets(TeamId team) implements Action {}

    /** Read organisation-wide aggregates. */
    record ReadOrganisation() implements Action {}

    /** Search the whole organisation by skill, for staffing. */
    record SearchPeople() implements Action {}

    /** Export a team's matrix or gap report as a file. */
    record ExportTeamReport(TeamId team) implements Action {}

    /** Export a person's profile as a file. */
    record ExportPersonReport(PersonId person) implements Action {}

    /** Export organisation-wide reports: every team's matrix, the organisation's gaps and coverage. */
    record ExportOrganisationReport() implements Action {}

    /** Import ratings in bulk, e.g. the history kept in the HR system. */
    record ImportAssessments() implements Action {}

    /** Import the certificates people hold in bulk, e.g. from the HR system. */
    record ImportCertificates() implements Action {}

    /** Ask what would happen to teams' targets and coverage if a person left or moved team; nothing changes. */
    record AskWhatIf(PersonId person) implements Action {}

    /** Set, close or cancel a person's development goals, as their manager. */
    record SetDevelopmentGoal(PersonId person) implements Action {}

    /** Ask who could staff a piece of work; who is named in the answer is {@link NameInSearch}'s to decide. */
    record StaffWork() implements Action {}

    /**
     * See a person named, with their teams and their levels in the skills asked for, among the people a search by
     * skill or a staffing request finds; whom it does not name, an answer counts. One rule for both.
     */
    record NameInSearch(PersonId person) implements Action {}

    /** Check the read model the organisation's views aggregate against the history, and rebuild it. */
    record MaintainReadModel() implements Action {}

    /** Record a certificate one holds. */
    record RecordCertificate(PersonId person) implements Action {}

    /** Verify a team member's certificate as their manager. */
    record VerifyCertificate(PersonId person) implements Action {}

    /** Read the audit trail of the whole organisation: who changed what, and when. */
    record ReadAuditTrail() implements Action {}

    /** Read what the audit trail recorded about a person, and who did it. */
    record ReadAuditAbout(PersonId person) implements Action {}
    /** Read one's own notifications, mark them read, and choose whether they are e-mailed. */
    record ReadNotifications(PersonId person) implements Action {}

    /** Run the reminders now, as the schedule would. */
    record RunReminders() implements Action {}

    /** Anonymise now the people whose retention after leaving is over, as the schedule would. */
    record AnonymiseLeavers() implements Action {}

    /** Export everything stored about a person, for their data-subject request. */
    record ExportPersonalData(PersonId person) implements Action {}
}
