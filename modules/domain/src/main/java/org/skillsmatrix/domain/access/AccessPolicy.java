package org.skillsmatrix.domain.access;

import static org.skillsmatrix.domain.access.Role.ADMIN;
import static org.skillsmatrix.domain.access.Role.EMPLOYEE;
import static org.skillsmatrix.domain.access.Role.HR;
import static org.skillsmatrix.domain.access.Role.MANAGER;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.access.Action.AnonymiseLeavers;
import org.skillsmatrix.domain.access.Action.AskWhatIf;
import org.skillsmatrix.domain.access.Action.ExportOrganisationReport;
import org.skillsmatrix.domain.access.Action.ExportPersonReport;
import org.skillsmatrix.domain.access.Action.ExportPersonalData;
import org.skillsmatrix.domain.access.Action.ExportTeamReport;
import org.skillsmatrix.domain.access.Action.ImportAssessments;
import org.skillsmatrix.domain.access.Action.ImportCertificates;
import org.skillsmatrix.domain.access.Action.MaintainCatalog;
import org.skillsmatrix.domain.access.Action.MaintainPeopleAndTeams;
import org.skillsmatrix.domain.access.Action.MaintainReadModel;
import org.skillsmatrix.domain.access.Action.MaintainRoleProfiles;
import org.skillsmatrix.domain.access.Action.NameInSearch;
import org.skillsmatrix.domain.access.Action.RateAsManager;
import org.skillsmatrix.domain.access.Action.RateSelf;
import org.skillsmatrix.domain.access.Action.ReadAuditAbout;
import org.skillsmatrix.domain.access.Action.ReadAuditTrail;
import org.skillsmatrix.domain.access.Action.ReadCatalog;
import org.skillsmatrix.domain.access.Action.ReadNotifications;
import org.skillsmatrix.domain.access.Action.ReadOrganisation;
import org.skillsmatrix.domain.access.Action.ReadPerson;
import org.skillsmatrix.domain.access.Action.ReadTeam;
import org.skillsmatrix.domain.access.Action.RecordCertificate;
import org.skillsmatrix.domain.access.Action.RunReminders;
import org.skillsmatrix.domain.access.Action.SearchPeople;
import org.skillsmatrix.domain.access.Action.SetDevelopmentGoal;
import org.skillsmatrix.domain.access.Action.SetTeamTargets;
import org.skillsmatrix.domain.access.Action.StaffWork;
import org.skillsmatrix.domain.access.Action.VerifyCertificate;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.PersonId;

/**
 * The one place that decides whether an actor may perform an action. Every use case asks it, so the UI
 * and the API share the same rules. Anything not granted here is denied.
 */
public final class AccessPolicy {

    private final ManagementRelations relations;

    public AccessPolicy(ManagementRelations relations) {
        this.relations = relations;
    }

    public boolean allows(Actor actor, Action action) {
        return switch (action) {
            case ReadCatalog ignored -> !actor.roles().isEmpty();
            case MaintainCatalog ignored -> actor.has(ADMIN);
            case MaintainRoleProfiles ignored -> actor.has(ADMIN);
            case MaintainPeopleAndTeams ignored -> actor.has(HR) || actor.has(ADMIN);
            case ReadPerson(var person) ->
                (actor.has(EMPLOYEE) && actor.is(person))
                        || actor.has(HR)
                        || (actor.has(MANAGER) && relations.manages(actor.person(), person));
            case RateSelf(var person) -> actor.has(EMPLOYEE) && actor.is(person);
            case RateAsManager(var person) ->
                actor.has(MANAGER) && !actor.is(person) && relations.manages(actor.person(), person);
            case ReadTeam(var team) ->
                actor.has(HR) || (actor.has(MANAGER) && relations.managesTeam(actor.person(), team));
            case SetTeamTargets(var team) -> actor.has(MANAGER) && relations.managesTeam(actor.person(), team);
            case ReadOrganisation ignored -> actor.has(HR);
            case SearchPeople ignored -> actor.has(MANAGER) || actor.has(HR);
            case ExportTeamReport(var team) ->
                actor.has(HR) || (actor.has(MANAGER) && relations.managesTeam(actor.person(), team));
            case ExportPersonReport(var person) ->
                (actor.has(EMPLOYEE) && actor.is(person))
                        || actor.has(HR)
                        || (actor.has(MANAGER) && relations.manages(actor.person(), person));
            case ExportOrganisationReport ignored -> actor.has(HR);
            case ImportAssessments ignored -> actor.has(HR);
            case ImportCertificates ignored -> actor.has(HR);
            case MaintainReadModel ignored -> actor.has(ADMIN);
            case AskWhatIf(var person) ->
                actor.has(HR) || (actor.has(MANAGER) && relations.manages(actor.person(), person));
            case SetDevelopmentGoal(var person) ->
                actor.has(MANAGER) && !actor.is(person) && relations.manages(actor.person(), person);
            case StaffWork ignored -> actor.has(MANAGER) || actor.has(HR);
            case RecordCertificate(var person) -> actor.has(EMPLOYEE) && actor.is(person);
            case VerifyCertificate(var person) ->
                actor.has(MANAGER) && !actor.is(person) && relations.manages(actor.person(), person);
            // finding people by skill anywhere in the organisation is what managers and HR search and staff for
            case NameInSearch ignored -> actor.has(MANAGER) || actor.has(HR);
            case ReadAuditTrail ignored -> actor.has(HR) || actor.has(ADMIN);
            case ReadAuditAbout(var person) ->
                (!actor.roles().isEmpty() && actor.is(person))
                        || actor.has(HR)
                        || actor.has(ADMIN)
                        || (actor.has(MANAGER) && relations.manages(actor.person(), person));
            case ReadNotifications(var person) -> !actor.roles().isEmpty() && actor.is(person);
            case RunReminders ignored -> actor.has(ADMIN);
            case AnonymiseLeavers ignored -> actor.has(ADMIN);
            case ExportPersonalData ignored -> actor.has(HR);
        };
    }

    /**
     * Which of these people the actor may read ({@link ReadPerson}: themselves, the people they manage, anyone for
     * HR), decided for all of them with one look at what the actor manages.
     */
    public Set<PersonId> readable(Actor actor, Collection<PersonId> people) {
        if (actor.has(HR)) {
            return Set.copyOf(people);
        }
        var managed = actor.has(MANAGER) ? relations.managedPeople(actor.person()) : Set.<PersonId>of();
        return people.stream()
                .filter(person -> (actor.has(EMPLOYEE) && actor.is(person)) || managed.contains(person))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Which of the people a search by skill or a staffing request found the actor sees named ({@link NameInSearch});
     * what is personal beyond name, teams and levels, such as interest, stays with {@link #readable}.
     */
    public Set<PersonId> namedInSearch(Actor actor, Collection<PersonId> people) {
        return people.stream()
                .filter(person -> allows(actor, new NameInSearch(person)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Throws {@link AccessDenied} unless the action is allowed. */
    public void check(Actor actor, Action action) {
        if (!allows(actor, action)) {
            throw new AccessDenied("You are not allowed to " + describe(action));
        }
    }

    private static String describe(Action action) {
        return switch (action) {
            case ReadCatalog ignored -> "read the catalog";
            case MaintainCatalog ignored -> "change the catalog";
            case MaintainRoleProfiles ignored -> "change role profiles";
            case MaintainPeopleAndTeams ignored -> "change people or teams";
            case ReadPerson ignored -> "see this person's skills";
            case RateSelf ignored -> "rate this person's skills";
            case RateAsManager ignored -> "rate this person as their manager";
            case ReadTeam ignored -> "see this team";
            case SetTeamTargets ignored -> "set this team's targets";
            case ReadOrganisation ignored -> "see organisation-wide figures";
            case SearchPeople ignored -> "search people by skill";
            case ExportTeamReport ignored -> "export this team's reports";
            case ExportPersonReport ignored -> "export this person's profile";
            case ExportOrganisationReport ignored -> "export organisation-wide reports";
            case ImportAssessments ignored -> "import ratings";
            case ImportCertificates ignored -> "import certificates";
            case MaintainReadModel ignored -> "check or rebuild the read model";
            case AskWhatIf ignored -> "ask what happens if this person leaves or moves";
            case SetDevelopmentGoal ignored -> "set this person's development goals";
            case StaffWork ignored -> "ask who could staff a piece of work";
            case RecordCertificate ignored -> "record this person's certificates";
            case VerifyCertificate ignored -> "verify this person's certificates";
            case NameInSearch ignored -> "see who has these skills";
            case ReadAuditTrail ignored -> "read the audit trail";
            case ReadAuditAbout ignored -> "read what was recorded about this person";
            case ReadNotifications ignored -> "read these notifications";
            case RunReminders ignored -> "run the reminders";
            case AnonymiseLeavers ignored -> "anonymise the people who left";
            case ExportPersonalData ignored -> "export everything stored about this person";
        };
    }
}
