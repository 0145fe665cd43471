package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.base.CertificateId;
import org.skillsmatrix.domain.base.GoalId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.certification.Certificates;
import org.skillsmatrix.domain.certification.CertificationTarget;
import org.skillsmatrix.domain.certification.CertificationTargets;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.mentoring.DevelopmentGoal;
import org.skillsmatrix.domain.mentoring.DevelopmentGoals;
import org.skillsmatrix.domain.mentoring.GoalStatus;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.domain.team.TeamTargets;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access rules as a table of API calls by role, with real tokens of the demo users: who may do what, to their
 * own team's resources and to another team's. Allowed writes are sent so that they cannot change anything (a stale
 * version, a name taken, a dry run); whatever is refused writes nothing either.
 *
 * <p>"Own" is Payments, which the demo manager manages and the demo employee is a member of, and its member the
 * demo employee; "other" is a team the manager does not manage, and a member of it in none of the manager's teams.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixIT extends ApiIT {

    private static final List<String> USERS = List.of("employee", "manager", "hr", "admin", "noroles");

    private static final String RULES = """
            call                                                | employee | manager | hr  | admin | noroles
            GET    /me                                          | 200      | 200     | 200 | 200   | 403
            GET    /categories                                  | 200      | 200     | 200 | 200   | 403
            GET    /categories/{category}                       | 200      | 200     | 200 | 200   | 403
            PUT    /categories/{category} (stale)               | 403      | 403     | 403 | 412   | 403
            GET    /skills                                      | 200      | 200     | 200 | 200   | 403
            POST   /skills (a taken name)                       | 403      | 403     | 403 | 400   | 403
            GET    /skills/{skill}                              | 200      | 200     | 200 | 200   | 403
            GET    /scale                                       | 200      | 200     | 200 | 200   | 403
            GET    /role-profiles                               | 200      | 200     | 200 | 200   | 403
            POST   /categories (a taken name)                   | 403      | 403     | 403 | 400   | 403
            PUT    /skills/{skill} (stale)                      | 403      | 403     | 403 | 412   | 403
            POST   /skills/{skill}/retire (stale)               | 403      | 403     | 403 | 412   | 403
            POST   /skills/{skill}/reinstate (stale)            | 403      | 403     | 403 | 412   | 403
            PUT    /scale/1 (stale)                             | 403      | 403     | 403 | 412   | 403
            GET    /role-profiles/{profile}                     | 200      | 200     | 200 | 200   | 403
            POST   /role-profiles (a taken name)                | 403      | 403     | 403 | 400   | 403
            PUT    /role-profiles/{profile} (stale)             | 403      | 403     | 403 | 412   | 403
            GET    /people                                      | 403      | 403     | 200 | 200   | 403
            POST   /people (a taken e-mail)                     | 403      | 403     | 400 | 400   | 403
            GET    /people/{self}                               | 200      | 200     | 200 | 200   | 403
            GET    /people/{own}                                | 200      | 200     | 200 | 200   | 403
            GET    /people/{other}                              | 403      | 403     | 200 | 200   | 403
            PUT    /people/{own} (stale)                        | 403      | 403     | 412 | 412   | 403
            GET    /people/{own}/ratings                        | 200      | 200     | 200 | 403   | 403
            GET    /people/{other}/ratings                      | 403      | 403     | 200 | 403   | 403
            GET    /people/{own}/assessments                    | 200      | 200     | 200 | 403   | 403
            GET    /people/{other}/assessments                  | 403      | 403     | 200 | 403   | 403
            GET    /people/{own}/gaps                           | 200      | 200     | 200 | 403   | 403
            GET    /people/{other}/gaps                         | 403      | 403     | 200 | 403   | 403
            GET    /me/assessments                              | 200      | 200     | 200 | 200   | 403
            POST   /me/assessments (an unknown skill)           | 400      | 400     | 400 | 400   | 403
            POST   /people/{own}/assessments (an unknown skill) | 403      | 400     | 403 | 403   | 403
            POST   /people/{other}/assessments                  | 403      | 403     | 403 | 403   | 403
            POST   /people/{manager}/assessments                | 403      | 403     | 403 | 403   | 403
            POST   /me/skills/{unknownSkill}/confirmation       | 400      | 400     | 400 | 400   | 403
            POST   /me/skills/stale/confirmation                | 200      | 200     | 200 | 200   | 403
            POST   /people/{own}/skills/{unknownSkill}/confirmation | 403   | 400     | 403 | 403   | 403
            POST   /people/{other}/skills/{skill}/confirmation  | 403      | 403     | 403 | 403   | 403
            GET    /people/search?skill=PostgreSQL              | 403      | 200     | 200 | 403   | 403
            GET    /teams                                       | 200      | 200     | 200 | 200   | 403
            GET    /teams/{ownTeam}                             | 403      | 200     | 200 | 200   | 403
            GET    /teams/{otherTeam}                           | 403      | 403     | 200 | 200   | 403
            POST   /teams (a taken name)                        | 403      | 403     | 400 | 400   | 403
            PUT    /teams/{ownTeam} (stale)                     | 403      | 403     | 412 | 412   | 403
            GET    /teams/{ownTeam}/matrix                      | 403      | 200     | 200 | 403   | 403
            GET    /teams/{otherTeam}/matrix                    | 403      | 403     | 200 | 403   | 403
            GET    /teams/{ownTeam}/gaps                        | 403      | 200     | 200 | 403   | 403
            GET    /teams/{otherTeam}/gaps                      | 403      | 403     | 200 | 403   | 403
            GET    /teams/{ownTeam}/gaps/trend                  | 403      | 200     | 200 | 403   | 403
            GET    /teams/{otherTeam}/gaps/trend                | 403      | 403     | 200 | 403   | 403
            GET    /teams/{ownTeam}/targets                     | 403      | 200     | 200 | 403   | 403
            GET    /teams/{otherTeam}/targets                   | 403      | 403     | 200 | 403   | 403
            GET    /teams/{ownTeam}/targets/{skill}             | 403      | 200     | 200 | 403   | 403
            GET    /teams/{otherTeam}/targets/{skill}           | 403      | 403     | 200 | 403   | 403
            PUT    /teams/{ownTeam}/targets/{skill} (stale)     | 403      | 412     | 403 | 403   | 403
            PUT    /teams/{otherTeam}/targets/{skill} (stale)   | 403      | 403     | 403 | 403   | 403
            DELETE /teams/{ownTeam}/targets/{skill} (stale)     | 403      | 412     | 403 | 403   | 403
            DELETE /teams/{otherTeam}/targets/{skill} (stale)   | 403      | 403     | 403 | 403   | 403
            GET    /teams/{ownTeam}/certification-targets       | 403      | 200     | 200 | 403   | 403
            GET    /teams/{otherTeam}/certification-targets     | 403      | 403     | 200 | 403   | 403
            GET    /teams/{ownTeam}/certification-targets/{certification} | 403 | 200 | 200 | 403 | 403
            GET    /teams/{otherTeam}/certification-targets/{certification} | 403 | 403 | 200 | 403 | 403
            PUT    /teams/{ownTeam}/certification-targets/{certification} (stale) | 403 | 412 | 403 | 403 | 403
            PUT    /teams/{otherTeam}/certification-targets/{certification} (stale) | 403 | 403 | 403 | 403 | 403
            DELETE /teams/{ownTeam}/certification-targets/{certification} (stale) | 403 | 412 | 403 | 403 | 403
            DELETE /teams/{otherTeam}/certification-targets/{certification} (stale) | 403 | 403 | 403 | 403 | 403
            GET    /organisation/gaps                           | 403      | 403     | 200 | 403   | 403
            GET    /organisation/gaps/trend                     | 403      | 403     | 200 | 403   | 403
            GET    /reports                                     | 200      | 200     | 200 | 200   | 403
            GET    /reports/team-gaps?team={ownTeam}            | 403      | 200     | 200 | 403   | 403
            GET    /reports/team-gaps?team={otherTeam}          | 403      | 403     | 200 | 403   | 403
            GET    /reports/organisation-gaps                   | 403      | 403     | 200 | 403   | 403
            GET    /reports/matrix                              | 403      | 403     | 200 | 403   | 403
            GET    /reports/profile?person={own}                | 200      | 200     | 200 | 403   | 403
            GET    /reports/profile?person={other}              | 403      | 403     | 200 | 403   | 403
            POST   /imports/people?dryRun=true                  | 403      | 403     | 200 | 200   | 403
            POST   /imports/assessments?dryRun=true             | 403      | 403     | 200 | 403   | 403
            POST   /imports/certificates?dryRun=true            | 403      | 403     | 200 | 403   | 403
            POST   /admin/read-model/verify                     | 403      | 403     | 403 | 200   | 403
            POST   /what-if?leaves={own}                        | 403      | 200     | 200 | 403   | 403
            POST   /what-if?leaves={other}                      | 403      | 403     | 200 | 403   | 403
            GET    /teams/{ownTeam}/knowledge-at-risk           | 403      | 200     | 200 | 403   | 403
            GET    /teams/{otherTeam}/knowledge-at-risk         | 403      | 403     | 200 | 403   | 403
            GET    /organisation/knowledge-at-risk              | 403      | 403     | 200 | 403   | 403
            POST   /staffing                                    | 403      | 200     | 200 | 403   | 403
            POST   /admin/read-model/rebuild                    | 403      | 403     | 403 | 200   | 403
            GET    /teams/{ownTeam}/mentor-pairings             | 403      | 200     | 200 | 403   | 403
            GET    /teams/{otherTeam}/mentor-pairings           | 403      | 403     | 200 | 403   | 403
            GET    /organisation/mentor-pairings                | 403      | 403     | 200 | 403   | 403
            GET    /people/{own}/development-goals              | 200      | 200     | 200 | 403   | 403
            GET    /people/{other}/development-goals            | 403      | 403     | 200 | 403   | 403
            POST   /people/{own}/development-goals (an unknown skill) | 403 | 400   | 403 | 403   | 403
            POST   /people/{other}/development-goals            | 403      | 403     | 403 | 403   | 403
            GET    /development-goals/{goal}                    | 200      | 200     | 200 | 403   | 403
            PUT    /development-goals/{goal}/status (stale)     | 403      | 412     | 403 | 403   | 403
            GET    /audit                                       | 403      | 403     | 200 | 200   | 403
            GET    /audit/export                                | 403      | 403     | 200 | 200   | 403
            GET    /people/{self}/audit                         | 200      | 200     | 200 | 200   | 403
            GET    /people/{own}/audit                          | 200      | 200     | 200 | 200   | 403
            GET    /people/{other}/audit                        | 403      | 403     | 200 | 200   | 403
            GET    /certifications                              | 200      | 200     | 200 | 200   | 403
            GET    /people/{own}/certificates                   | 200      | 200     | 200 | 403   | 403
            GET    /people/{other}/certificates                 | 403      | 403     | 200 | 403   | 403
            GET    /teams/{ownTeam}/certificates                | 403      | 200     | 200 | 403   | 403
            GET    /teams/{otherTeam}/certificates              | 403      | 403     | 200 | 403   | 403
            POST   /me/certificates (an unknown certification)  | 400      | 400     | 400 | 400   | 403
            POST   /certificates/{certificate}/verification (verified already) | 403 | 200 | 403 | 403 | 403
            GET    /me/notifications                            | 200      | 200     | 200 | 200   | 403
            POST   /me/notifications/{unknown}/read             | 404      | 404     | 404 | 404   | 403
            POST   /me/notifications/read                       | 200      | 200     | 200 | 200   | 403
            GET    /me/notification-settings                    | 200      | 200     | 200 | 200   | 403
            PUT    /me/notification-settings (a bad language)   | 400      | 400     | 400 | 400   | 403
            POST   /admin/reminders/run                         | 403      | 403     | 403 | 200   | 403
            POST   /admin/retention/run                         | 403      | 403     | 403 | 200   | 403
            GET    /people/{own}/personal-data                  | 403      | 403     | 200 | 403   | 403
            GET    /people/{unknown}/personal-data              | 403      | 403     | 404 | 403   | 403
            """;

    private Map<String, String> names;
    private String profileName = "";

    @Autowired
    TeamTargets targets;

    @Autowired
    DevelopmentGoals goals;

    @Autowired
    Certifications certifications;

    @Autowired
    Certificates certificates;

    @Autowired
    CertificationTargets certificationTargets;

    /**
     * Names the placeholders of the table; gives Payments a target on PostgreSQL, and signs every user in once, so
     * that no call of the table is the one that links a person to their account.
     */
    @BeforeAll
    void prepare() {
        var profile = jdbc.queryForObject("select id from role_profile order by name limit 1", UUID.class);
        profileName = jdbc.queryForObject("select name from role_profile where id = ?", String.class, profile);
        var postgres = skill("PostgreSQL");
        for (var team : List.of(payments(), otherTeam())) {
            if (targets.find(team.id(), postgres.id()).isEmpty()) {
                targets.add(new TeamTarget(team.id(), postgres.id(), Level.PROFICIENT, 2, 0));
            }
        }
        var certification = certifications.all().getFirst().id();
        for (var team : List.of(payments(), otherTeam())) {
            if (certificationTargets.find(team.id(), certification).isEmpty()) {
                certificationTargets.add(new CertificationTarget(team.id(), certification, 1, 0));
            }
        }
        USERS.forEach(user -> api().as(user).get("/api/v1/me"));
        var goal = goals.add(new DevelopmentGoal(
                GoalId.random(),
                new PersonId(employeeId()),
                postgres.id(),
                Level.EXPERT,
                null,
                null,
                LocalDate.of(2099, 1, 1),
                GoalStatus.OPEN,
                new PersonId(managerId()),
                Instant.now(),
                0));
        var certificate = certificates.add(new Certificate(
                CertificateId.random(),
                new PersonId(employeeId()),
                certifications.all().getFirst().id(),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2099, 1, 1),
                null,
                Instant.now(),
                new PersonId(managerId()),
                Instant.now(),
                0));
        names = Map.ofEntries(
                Map.entry("{category}", postgres.category().toString()),
                Map.entry("{skill}", postgres.id().toString()),
                Map.entry("{profile}", String.valueOf(profile)),
                Map.entry("{own}", employeeId().toString()),
                Map.entry("{other}", outsiderId().toString()),
                Map.entry("{manager}", managerId().toString()),
                Map.entry("{ownTeam}", payments().id().toString()),
                Map.entry("{otherTeam}", otherTeam().id().toString()),
                Map.entry("{goal}", goal.id().toString()),
                Map.entry("{unknownSkill}", UUID.randomUUID().toString()),
                Map.entry("{unknown}", UUID.randomUUID().toString()),
                Map.entry("{certificate}", certificate.id().toString()),
                Map.entry("{certification}", certification.toString()));
        assertThat(names).hasSize(13);
    }

    Stream<Arguments> cells() {
        return rows().stream()
                .flatMap(row -> USERS.stream()
                        .map(user -> Arguments.of(
                                user, row.getFirst(), Integer.parseInt(row.get(USERS.indexOf(user) + 1)))));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("cells")
    void answersEveryCellOfTheTable(String user, String call, int status) {
        var before = rowCounts();

        var answer = call(user, call);

        if (status < 400) {
            assertThat(answer.status()).as(answer.describe()).isEqualTo(status);
        } else {
            assertProblem(answer, status);
            assertThat(rowCounts()).as("%s wrote nothing", call).isEqualTo(before);
        }
    }

    @Test
    void theTableHasARowForEveryOperationOfTheApi() {
        var inTable = rows().stream()
                .map(row -> {
                    var parts = row.getFirst().split("\\s+");
                    return parts[0] + " /api/v1"
                            + parts[1].replaceAll("\\?.*", "")
                                    .replaceAll("\\{[a-zA-Z]+}", "{}")
                                    .replaceAll("^/reports/[a-z-]+$", "/reports/{}")
                                    .replaceAll("^/scale/\\d$", "/scale/{}");
                })
                .collect(java.util.stream.Collectors.toSet());
        var document = api().anonymous().get("/v3/api-docs").json();
        @SuppressWarnings("unchecked")
        var paths = (Map<String, Map<String, Object>>) document.get("paths");
        var operations = paths.entrySet().stream()
                .flatMap(path -> path.getValue().keySet().stream()
                        .map(method -> method.toUpperCase(java.util.Locale.ROOT) + " "
                                + path.getKey().replaceAll("\\{[a-zA-Z]+}", "{}")))
                .collect(java.util.stream.Collectors.toSet());

        assertThat(inTable).containsExactlyInAnyOrderElementsOf(operations);
    }

    private Answer call(String user, String call) {
        var parts = call.split("\\s+", 3);
        var method = parts[0];
        var path = "/api/v1" + parts[1];
        for (var name : names.entrySet()) {
            path = path.replace(name.getKey(), name.getValue());
        }
        path = path.replace("{self}", self(user).toString());
        var client = api().as(user);
        if (path.startsWith("/api/v1/imports/")) {
            var header = path.contains("assessments")
                    ? "email,skill,level,source,assessed_at\n"
                    : path.contains("certificates") ? "email,certification,issued,expires\n" : "email,name\n";
            return client.send("POST", path, HttpRequest.BodyPublishers.ofString(header), "text/csv");
        }
        if (path.startsWith("/api/v1/reports/")) {
            path += (path.contains("?") ? "&" : "?") + "format=csv";
        }
        String[] stale = {"If-Match", "\"999999\""};
        return switch (method) {
            case "GET" -> client.get(path);
            case "DELETE" -> client.delete(path, stale);
            case "POST" -> client.post(path, body(path), call.contains("(stale)") ? stale : new String[0]);
            case "PUT" -> client.put(path, body(path), stale);
            default -> throw new IllegalArgumentException(call);
        };
    }

    private UUID self(String user) {
        return personId(
                switch (user) {
                    case "manager" -> DemoPeople.MANAGER;
                    case "hr" -> DemoPeople.HR;
                    case "admin" -> DemoPeople.ADMIN;
                    default -> DemoPeople.EMPLOYEE;
                });
    }

    /** A body that passes the request's checks, so that only the access rules and the domain decide. */
    private Object body(String path) {
        Function<String, Boolean> is = path::matches;
        if (is.apply(".*/categories")) {
            return Map.of("name", "Security");
        }
        if (is.apply(".*/categories/[^/]+")) {
            var category = catalog.category(skill("PostgreSQL").category()).orElseThrow();
            return Map.of("name", category.name());
        }
        if (is.apply(".*/skills")) {
            var postgres = skill("PostgreSQL");
            return Map.of("category", postgres.category().value(), "name", "postgresql");
        }
        if (is.apply(".*/skills/[^/]+")) {
            var postgres = skill("PostgreSQL");
            return Map.of("category", postgres.category().value(), "name", "PostgreSQL");
        }
        if (is.apply(".*/scale/1")) {
            return Map.of("name", "Awareness", "descriptor", "Knows of it");
        }
        if (is.apply(".*/role-profiles/.*")) {
            return Map.of("name", "Profile " + UUID.randomUUID(), "expectations", List.of());
        }
        if (is.apply(".*/role-profiles")) {
            return Map.of("name", profileName, "expectations", List.of());
        }
        if (is.apply(".*/people")) {
            return Map.of("name", "Noah Again", "email", DemoPeople.EMPLOYEE);
        }
        if (is.apply(".*/people/[^/]+")) {
            return Map.of("name", "Noah Fischer", "email", DemoPeople.EMPLOYEE, "active", true);
        }
        if (is.apply(".*/me/assessments")) {
            return Map.of("skill", UUID.randomUUID(), "level", 2, "interest", "NEUTRAL");
        }
        if (is.apply(".*/people/[^/]+/assessments")) {
            return Map.of(
                    "skill",
                    path.contains(employeeId().toString())
                            ? UUID.randomUUID()
                            : skill("PostgreSQL").id().value(),
                    "level",
                    2);
        }
        if (is.apply(".*/teams")) {
            return Map.of("name", "Payments");
        }
        if (is.apply(".*/teams/[^/]+")) {
            return Map.of("name", "Payments", "members", List.of(), "managers", List.of());
        }
        if (is.apply(".*/people/[^/]+/development-goals")) {
            return Map.of("skill", UUID.randomUUID(), "target", 3, "due", "2099-01-01");
        }
        if (is.apply(".*/me/certificates")) {
            return Map.of("certification", UUID.randomUUID(), "issued", "2024-01-01", "expires", "2099-01-01");
        }
        if (is.apply(".*/me/notification-settings")) {
            return Map.of("email", true, "language", "klingon");
        }
        if (is.apply(".*/development-goals/[^/]+/status")) {
            return Map.of("status", "DONE");
        }
        if (is.apply(".*/what-if\\?leaves=.*")) {
            return Map.of("changes", List.of(Map.of("person", path.substring(path.indexOf('=') + 1))));
        }
        if (is.apply(".*/staffing")) {
            return Map.of(
                    "needs", List.of(Map.of("skill", skill("PostgreSQL").id().value(), "minimum", 3, "headcount", 2)));
        }
        if (is.apply(".*/certification-targets/.*")) {
            return Map.of("holders", 2);
        }
        if (is.apply(".*/targets/.*")) {
            return Map.of("level", 3, "headcount", 2);
        }
        return "";
    }

    private static List<List<String>> rows() {
        var rows = new ArrayList<List<String>>();
        for (var line : RULES.lines().skip(1).toList()) {
            var cells = List.of(line.split("\\|")).stream().map(String::strip).toList();
            rows.add(cells);
        }
        return rows;
    }
}
