package org.skillsmatrix.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillsmatrix.domain.access.Role.ADMIN;
import static org.skillsmatrix.domain.access.Role.EMPLOYEE;
import static org.skillsmatrix.domain.access.Role.HR;
import static org.skillsmatrix.domain.access.Role.MANAGER;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.testing.InMemoryTeams;

/**
 * The access rules of the product brief as one table: every action, on every kind of target, for every
 * role. The manager manages team A and is a member of it; team B is someone else's. "Self" is the actor's
 * own profile.
 */
class AccessPolicyMatrixTest {

    private static final String RULES = """
            action                               | employee | manager | hr  | admin | no roles
            read the catalog                     | yes      | yes     | yes | yes   | no
            maintain the catalog                 | no       | no      | no  | yes   | no
            maintain role profiles               | no       | no      | no  | yes   | no
            maintain people and teams            | no       | no      | yes | yes   | no
            read organisation-wide figures       | no       | no      | yes | no    | no
            search people by skill               | no       | yes     | yes | no    | no
            read the profile of self             | yes      | yes     | yes | yes   | no
            read the profile of a member of A    | no       | yes     | yes | no    | no
            read the profile of a member of B    | no       | no      | yes | no    | no
            self-rate self                       | yes      | yes     | yes | yes   | no
            self-rate a member of A              | no       | no      | no  | no    | no
            self-rate a member of B              | no       | no      | no  | no    | no
            rate as manager self                 | no       | no      | no  | no    | no
            rate as manager a member of A        | no       | yes     | no  | no    | no
            rate as manager a member of B        | no       | no      | no  | no    | no
            read team A                          | no       | yes     | yes | no    | no
            read team B                          | no       | no      | yes | no    | no
            set the targets of team A            | no       | yes     | no  | no    | no
            set the targets of team B            | no       | no      | no  | no    | no
            export the profile of self           | yes      | yes     | yes | yes   | no
            export the profile of a member of A  | no       | yes     | yes | no    | no
            export the profile of a member of B  | no       | no      | yes | no    | no
            export the reports of team A         | no       | yes     | yes | no    | no
            export the reports of team B         | no       | no      | yes | no    | no
            export organisation-wide reports     | no       | no      | yes | no    | no
            import ratings                       | no       | no      | yes | no    | no
            import certificates                  | no       | no      | yes | no    | no
            maintain the read model              | no       | no      | no  | yes   | no
            ask what if self leaves              | no       | yes     | yes | no    | no
            ask what if a member of A leaves     | no       | yes     | yes | no    | no
            ask what if a member of B leaves     | no       | no      | yes | no    | no
            set goals of self                    | no       | no      | no  | no    | no
            set goals of a member of A           | no       | yes     | no  | no    | no
            set goals of a member of B           | no       | no      | no  | no    | no
            staff a piece of work                | no       | yes     | yes | no    | no
            record certificates of self          | yes      | yes     | yes | yes   | no
            record certificates of a member of A | no       | no      | no  | no    | no
            verify certificates of self          | no       | no      | no  | no    | no
            verify certificates of a member of A | no       | yes     | no  | no    | no
            verify certificates of a member of B | no       | no      | no  | no    | no
            name self in a search or staffing    | no       | yes     | yes | no    | no
            name a member of A in a search       | no       | yes     | yes | no    | no
            name a member of B in a search       | no       | yes     | yes | no    | no
            read the audit trail                 | no       | no      | yes | yes   | no
            read the audit about self            | yes      | yes     | yes | yes   | no
            read the audit about a member of A   | no       | yes     | yes | yes   | no
            read the audit about a member of B   | no       | no      | yes | yes   | no
            read the notifications of self       | yes      | yes     | yes | yes   | no
            read the notifications of a member of A | no    | no      | no  | no    | no
            run the reminders                    | no       | no      | no  | yes   | no
            anonymise the people who left        | no       | no      | no  | yes   | no
            export the personal data of self     | no       | no      | yes | no    | no
            export the personal data of a member of A | no  | no      | yes | no    | no
            """;

    private static final PersonId EMPLOYEE_PERSON = PersonId.random();
    private static final PersonId MANAGER_PERSON = PersonId.random();
    private static final PersonId HR_PERSON = PersonId.random();
    private static final PersonId ADMIN_PERSON = PersonId.random();
    private static final PersonId NOBODY_PERSON = PersonId.random();
    private static final PersonId MEMBER_OF_A = PersonId.random();
    private static final PersonId MEMBER_OF_B = PersonId.random();
    private static final PersonId MANAGER_OF_B = PersonId.random();
    private static final TeamId TEAM_A = TeamId.random();
    private static final TeamId TEAM_B = TeamId.random();

    /** The columns of the table, left to right. */
    private static final Map<String, Actor> ACTORS = new LinkedHashMap<>();

    static {
        ACTORS.put("employee", Actor.of(EMPLOYEE_PERSON, EMPLOYEE));
        ACTORS.put("manager", Actor.of(MANAGER_PERSON, MANAGER, EMPLOYEE));
        ACTORS.put("hr", Actor.of(HR_PERSON, HR, EMPLOYEE));
        ACTORS.put("admin", Actor.of(ADMIN_PERSON, ADMIN, EMPLOYEE));
        ACTORS.put("no roles", Actor.of(NOBODY_PERSON));
    }

    /** The rows of the table: each action, made for the acting person where its target is "self". */
    private static final Map<String, Function<Actor, Action>> ACTIONS = Stream.of(
                    row("read the catalog", actor -> new ReadCatalog()),
                    row("maintain the catalog", actor -> new MaintainCatalog()),
                    row("maintain role profiles", actor -> new MaintainRoleProfiles()),
                    row("maintain people and teams", actor -> new MaintainPeopleAndTeams()),
                    row("read organisation-wide figures", actor -> new ReadOrganisation()),
                    row("search people by skill", actor -> new SearchPeople()),
                    row("read the profile of self", actor -> new ReadPerson(actor.person())),
                    row("read the profile of a member of A", actor -> new ReadPerson(MEMBER_OF_A)),
                    row("read the profile of a member of B", actor -> new ReadPerson(MEMBER_OF_B)),
                    row("self-rate self", actor -> new RateSelf(actor.person())),
                    row("self-rate a member of A", actor -> new RateSelf(MEMBER_OF_A)),
                    row("self-rate a member of B", actor -> new RateSelf(MEMBER_OF_B)),
                    row("rate as manager self", actor -> new RateAsManager(actor.person())),
                    row("rate as manager a member of A", actor -> new RateAsManager(MEMBER_OF_A)),
                    row("rate as manager a member of B", actor -> new RateAsManager(MEMBER_OF_B)),
                    row("read team A", actor -> new ReadTeam(TEAM_A)),
                    row("read team B", actor -> new ReadTeam(TEAM_B)),
                    row("set the targets of team A", actor -> new SetTeamTargets(TEAM_A)),
                    row("set the targets of team B", actor -> new SetTeamTargets(TEAM_B)),
                    row("export the profile of self", actor -> new ExportPersonReport(actor.person())),
                    row("export the profile of a member of A", actor -> new ExportPersonReport(MEMBER_OF_A)),
                    row("export the profile of a member of B", actor -> new ExportPersonReport(MEMBER_OF_B)),
                    row("export the reports of team A", actor -> new ExportTeamReport(TEAM_A)),
                    row("export the reports of team B", actor -> new ExportTeamReport(TEAM_B)),
                    row("export organisation-wide reports", actor -> new ExportOrganisationReport()),
                    row("import ratings", actor -> new ImportAssessments()),
                    row("import certificates", actor -> new ImportCertificates()),
                    row("maintain the read model", actor -> new MaintainReadModel()),
                    row("ask what if self leaves", actor -> new AskWhatIf(actor.person())),
                    row("ask what if a member of A leaves", actor -> new AskWhatIf(MEMBER_OF_A)),
                    row("ask what if a member of B leaves", actor -> new AskWhatIf(MEMBER_OF_B)),
                    row("set goals of self", actor -> new SetDevelopmentGoal(actor.person())),
                    row("set goals of a member of A", actor -> new SetDevelopmentGoal(MEMBER_OF_A)),
                    row("set goals of a member of B", actor -> new SetDevelopmentGoal(MEMBER_OF_B)),
                    row("staff a piece of work", actor -> new StaffWork()),
                    row("record certificates of self", actor -> new RecordCertificate(actor.person())),
                    row("record certificates of a member of A", actor -> new RecordCertificate(MEMBER_OF_A)),
                    row("verify certificates of self", actor -> new VerifyCertificate(actor.person())),
                    row("verify certificates of a member of A", actor -> new VerifyCertificate(MEMBER_OF_A)),
                    row("verify certificates of a member of B", actor -> new VerifyCertificate(MEMBER_OF_B)),
                    row("name self in a search or staffing", actor -> new NameInSearch(actor.person())),
                    row("name a member of A in a search", actor -> new NameInSearch(MEMBER_OF_A)),
                    row("name a member of B in a search", actor -> new NameInSearch(MEMBER_OF_B)),
                    row("read the audit trail", actor -> new ReadAuditTrail()),
                    row("read the audit about self", actor -> new ReadAuditAbout(actor.person())),
                    row("read the audit about a member of A", actor -> new ReadAuditAbout(MEMBER_OF_A)),
                    row("read the audit about a member of B", actor -> new ReadAuditAbout(MEMBER_OF_B)),
                    row("read the notifications of self", actor -> new ReadNotifications(actor.person())),
                    row("read the notifications of a member of A", actor -> new ReadNotifications(MEMBER_OF_A)),
                    row("run the reminders", actor -> new RunReminders()),
                    row("anonymise the people who left", actor -> new AnonymiseLeavers()),
                    row("export the personal data of self", actor -> new ExportPersonalData(actor.person())),
                    row("export the personal data of a member of A", actor -> new ExportPersonalData(MEMBER_OF_A)))
            .collect(Collectors.toMap(
                    Map.Entry::getKey,
                    Map.Entry::getValue,
                    (a, b) -> {
                        throw new IllegalStateException("an action is named twice");
                    },
                    LinkedHashMap::new));

    private static final AccessPolicy POLICY = new AccessPolicy(teams());

    private static InMemoryTeams teams() {
        var teams = new InMemoryTeams();
        teams.add(new Team(
                TEAM_A, "Team A", Set.of(EMPLOYEE_PERSON, MANAGER_PERSON, MEMBER_OF_A), Set.of(MANAGER_PERSON), 0));
        teams.add(new Team(TEAM_B, "Team B", Set.of(MEMBER_OF_B, HR_PERSON, ADMIN_PERSON), Set.of(MANAGER_OF_B), 0));
        return teams;
    }

    static Stream<Arguments> cells() {
        return table().stream()
                .flatMap(row -> ACTORS.keySet().stream()
                        .map(actor -> Arguments.of(
                                actor, row.getFirst(), row.get(column(actor)).equals("yes"))));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("cells")
    void decidesEveryCellOfTheTable(String actorName, String actionName, boolean allowed) {
        var actor = ACTORS.get(actorName);
        var action = ACTIONS.get(actionName).apply(actor);

        assertThat(POLICY.allows(actor, action))
                .as("%s may %s", actorName, actionName)
                .isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("cells")
    void checkThrowsExactlyWhereTheTableDenies(String actorName, String actionName, boolean allowed) {
        var actor = ACTORS.get(actorName);
        var action = ACTIONS.get(actionName).apply(actor);

        if (allowed) {
            assertThatCode(() -> POLICY.check(actor, action)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> POLICY.check(actor, action))
                    .isInstanceOf(AccessDenied.class)
                    .hasMessageStartingWith("You are not allowed to ");
        }
    }

    @Test
    void thePeopleReadableAtOnceAreThoseEachMayBeReadAlone() {
        var everyone = List.of(
                EMPLOYEE_PERSON,
                MANAGER_PERSON,
                HR_PERSON,
                ADMIN_PERSON,
                NOBODY_PERSON,
                MEMBER_OF_A,
                MEMBER_OF_B,
                MANAGER_OF_B);
        for (var actor : ACTORS.entrySet()) {
            var one = everyone.stream()
                    .filter(person -> POLICY.allows(actor.getValue(), new ReadPerson(person)))
                    .collect(Collectors.toSet());

            assertThat(POLICY.readable(actor.getValue(), everyone))
                    .as(actor.getKey())
                    .isEqualTo(one);
        }
    }

    @Test
    void thePeopleNamedInASearchAtOnceAreThoseEachIsNamedAlone() {
        var everyone = List.of(
                EMPLOYEE_PERSON,
                MANAGER_PERSON,
                HR_PERSON,
                ADMIN_PERSON,
                NOBODY_PERSON,
                MEMBER_OF_A,
                MEMBER_OF_B,
                MANAGER_OF_B);
        for (var actor : ACTORS.entrySet()) {
            var one = everyone.stream()
                    .filter(person -> POLICY.allows(actor.getValue(), new NameInSearch(person)))
                    .collect(Collectors.toSet());

            assertThat(POLICY.namedInSearch(actor.getValue(), everyone))
                    .as(actor.getKey())
                    .isEqualTo(one);
        }
    }

    @Test
    void theTableNamesEveryActionOnceWithAVerdictForEveryRole() {
        var table = table();

        assertThat(table).extracting(List::getFirst).containsExactlyElementsOf(ACTIONS.keySet());
        assertThat(table)
                .allSatisfy(row -> assertThat(row.subList(1, row.size()))
                        .hasSize(ACTORS.size())
                        .allSatisfy(verdict -> assertThat(verdict).isIn("yes", "no")));
    }

    @Test
    void theTableCoversEveryKindOfAction() {
        var tested = ACTORS.values().stream()
                .flatMap(actor -> ACTIONS.values().stream().map(action -> action.apply(actor)))
                .map(Object::getClass)
                .collect(Collectors.toSet());

        assertThat(tested).containsExactlyInAnyOrder(Action.class.getPermittedSubclasses());
    }

    @Test
    void aManagerWhoLeavesATeamLosesAccessToItAtOnce() {
        var teams = teams();
        var policy = new AccessPolicy(teams);
        var manager = ACTORS.get("manager");
        var teamA = teams.byId(TEAM_A).orElseThrow();

        teams.update(teamA.withoutManager(MANAGER_PERSON));

        assertThat(policy.allows(manager, new ReadPerson(MEMBER_OF_A))).isFalse();
        assertThat(policy.allows(manager, new RateAsManager(MEMBER_OF_A))).isFalse();
        assertThat(policy.allows(manager, new ReadTeam(TEAM_A))).isFalse();
        assertThat(policy.allows(manager, new ExportTeamReport(TEAM_A))).isFalse();
        assertThat(policy.allows(manager, new ExportPersonReport(MEMBER_OF_A))).isFalse();
    }

    @Test
    void aManagerRoleWithoutManagingATeamGrantsNoTeamAccess() {
        var managerOfNothing = Actor.of(MEMBER_OF_A, MANAGER, EMPLOYEE);

        assertThat(POLICY.allows(managerOfNothing, new ReadPerson(EMPLOYEE_PERSON)))
                .isFalse();
        assertThat(POLICY.allows(managerOfNothing, new RateAsManager(EMPLOYEE_PERSON)))
                .isFalse();
        assertThat(POLICY.allows(managerOfNothing, new ReadTeam(TEAM_A))).isFalse();
        assertThat(POLICY.allows(managerOfNothing, new ExportTeamReport(TEAM_A)))
                .isFalse();
        assertThat(POLICY.allows(managerOfNothing, new SearchPeople())).isTrue();
    }

    @Test
    void theDenialSaysWhatWasRefused() {
        assertThatThrownBy(() -> POLICY.check(ACTORS.get("employee"), new ReadPerson(MEMBER_OF_A)))
                .isInstanceOf(AccessDenied.class)
                .hasMessage("You are not allowed to see this person's skills");
    }

    // --- reading the table

    private static List<List<String>> table() {
        return RULES.lines()
                .skip(1)
                .map(line -> Arrays.stream(line.split("\\|")).map(String::strip).toList())
                .toList();
    }

    private static int column(String actor) {
        var header = Arrays.stream(RULES.lines().findFirst().orElseThrow().split("\\|"))
                .map(String::strip)
                .toList();
        return header.indexOf(actor);
    }

    private static Map.Entry<String, Function<Actor, Action>> row(String name, Function<Actor, Action> action) {
        return Map.entry(name, action);
    }
}
