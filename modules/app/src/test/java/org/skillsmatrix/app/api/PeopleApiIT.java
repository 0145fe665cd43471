package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;
import static org.skillsmatrix.app.api.Problems.errors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;

/** People: HR and admins maintain them; a person, their managers and HR read them; managers and HR search them. */
class PeopleApiIT extends ApiIT {

    @Test
    void hrListsEveryoneFilteredAndSorted() {
        var all = api().as("hr").get("/api/v1/people?size=200");
        var filtered = api().as("hr").get("/api/v1/people?q=fischer");
        var byEmail = api().as("hr").get("/api/v1/people?size=10&sort=email,desc");

        assertThat(all.status()).as(all.describe()).isEqualTo(200);
        assertThat(((Number) all.json().get("totalItems")).longValue()).isEqualTo(people.count());
        assertThat(filtered.items()).extracting(person -> person.get("email")).contains(DemoPeople.EMPLOYEE);
        var emails = byEmail.items().stream()
                .map(person -> (String) person.get("email"))
                .toList();
        assertThat(emails).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
    }

    @Test
    void hrAddsAPersonAndChangesThemNamingTheVersion() {
        var hr = api().as("hr");
        var email = "api-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        var added = hr.post("/api/v1/people", Map.of("name", "Ada Lovelace", "email", email));
        assertThat(added.status()).as(added.describe()).isEqualTo(201);
        assertThat(added.json())
                .containsEntry("email", email)
                .containsEntry("active", true)
                .containsEntry("linked", false);
        var path = added.header("Location");

        var changed =
                hr.put(path, Map.of("name", "Ada King", "email", email, "active", false), "If-Match", added.etag());
        assertThat(changed.status()).as(changed.describe()).isEqualTo(200);
        assertThat(changed.json()).containsEntry("name", "Ada King").containsEntry("active", false);
        assertThat(changed.etag()).isEqualTo("\"1\"");

        var stale = assertProblem(
                hr.put(path, Map.of("name", "Ada", "email", email, "active", true), "If-Match", "\"0\""), 412);
        assertThat(stale).containsEntry("changedBy", "Hannah Ruiz").containsKey("changedAt");
        assertProblem(hr.put(path, Map.of("name", "Ada", "email", email, "active", true)), 428);
    }

    @Test
    void anEmailSomeoneElseHasIs400AtTheField() {
        var problem = assertProblem(
                api().as("hr").post("/api/v1/people", Map.of("name", "Noah Again", "email", DemoPeople.EMPLOYEE)), 400);

        assertThat(errors(problem))
                .singleElement()
                .satisfies(error -> assertThat(error).containsEntry("field", "email"));
    }

    @Test
    void aPersonIsReadByThemselvesTheirManagersHrAndAdmins() {
        var path = "/api/v1/people/" + employeeId();

        assertThat(api().as("employee").get(path).json()).containsEntry("email", DemoPeople.EMPLOYEE);
        assertThat(api().as("manager").get(path).status()).isEqualTo(200);
        assertThat(api().as("hr").get(path).status()).isEqualTo(200);
        assertThat(api().as("admin").get(path).status()).isEqualTo(200);
        assertProblem(api().as("manager").get("/api/v1/people/" + outsiderId()), 403);
        assertProblem(api().as("employee").get("/api/v1/people/" + managerId()), 403);
        assertProblem(api().as("hr").get("/api/v1/people/" + UUID.randomUUID()), 404);
    }

    @Test
    void aPersonsCurrentRatingsAreOnePerSkillSortedByLevel() {
        var answer = api().as("manager").get("/api/v1/people/" + employeeId() + "/ratings?size=200&sort=level,desc");

        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        var ratings = answer.items();
        assertThat(ratings).isNotEmpty();
        assertThat(ratings).extracting(rating -> rating.get("skill")).doesNotHaveDuplicates();
        var levels = ratings.stream()
                .map(rating -> rating.get("level") == null ? -1 : (Integer) rating.get("level"))
                .toList();
        assertThat(levels).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(ratings.getFirst()).containsKeys("skillName", "selfLevel", "managerLevel", "interest");
    }

    @Test
    void managersAndHrFindPeopleBySkillNameOrIdStrongestFirst() {
        var skill = skill("PostgreSQL");
        var byName = api().as("manager").get("/api/v1/people/search?skill=postgresql&minLevel=1");
        var byId = api().as("hr").get("/api/v1/people/search?skill=" + skill.id() + "&minLevel=1");

        assertThat(byName.status()).as(byName.describe()).isEqualTo(200);
        assertThat(byName.items()).isNotEmpty().allSatisfy(match -> {
            assertThat(match).containsKeys("person", "name", "teams", "skills");
            @SuppressWarnings("unchecked")
            var skills = (List<Map<String, Object>>) match.get("skills");
            assertThat(skills).singleElement().satisfies(found -> {
                assertThat(found.get("skill")).isEqualTo(skill.id().toString());
                assertThat((Integer) found.get("level")).isGreaterThanOrEqualTo(1);
            });
        });
        assertThat(byId.items())
                .extracting(match -> match.get("person"))
                .containsExactlyElementsOf(byName.items().stream()
                        .map(match -> match.get("person"))
                        .toList());
    }

    @Test
    void aSearchShowsEveryonesLevelButTheirInterestOnlyToThoseWhoMayReadThem() {
        var path = "/api/v1/people/search?skill=PostgreSQL&skill=Java&minLevel=0&size=200";
        var managed = teams.managedBy(person(DemoPeople.MANAGER).id()).stream()
                .flatMap(team -> team.members().stream())
                .map(id -> id.value().toString())
                .collect(java.util.stream.Collectors.toSet());

        var byManager = api().as("manager").get(path).items();
        var byHr = api().as("hr").get(path).items();

        assertThat(byManager).hasSameSizeAs(byHr);
        assertThat(byManager)
                .filteredOn(match -> !managed.contains(match.get("person")))
                .isNotEmpty()
                .allSatisfy(match -> assertThat(skills(match))
                        .allSatisfy(skill -> assertThat(skill)
                                .containsEntry("interest", null)
                                .containsKey("level")));
        assertThat(byManager)
                .filteredOn(match -> managed.contains(match.get("person")))
                .flatExtracting(PeopleApiIT::skills)
                .extracting(skill -> skill.get("interest"))
                .anySatisfy(interest -> assertThat(interest).isNotNull());
        assertThat(byHr)
                .filteredOn(match -> !managed.contains(match.get("person")))
                .flatExtracting(PeopleApiIT::skills)
                .extracting(skill -> skill.get("interest"))
                .anySatisfy(interest -> assertThat(interest).isNotNull());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> skills(Map<String, Object> match) {
        return (List<Map<String, Object>>) match.get("skills");
    }

    @Test
    void aSearchWithUnknownSkillsOrLevelsIs400AndEmployeesMayNotSearch() {
        var problem =
                assertProblem(api().as("manager").get("/api/v1/people/search?skill=Cobol&skill=Java&minLevel=9"), 400);

        assertThat(errors(problem))
                .extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("skill", "minLevel");
        assertProblem(api().as("manager").get("/api/v1/people/search"), 400);
        assertProblem(api().as("employee").get("/api/v1/people/search?skill=Java"), 403);
    }

    @Test
    void onlyHrAndAdminsListOrMaintainPeople() {
        var before = rowCounts();
        var body = new HashMap<String, Object>(Map.of("name", "Nobody", "email", "nobody-api@example.com"));

        for (var user : List.of("employee", "manager")) {
            assertProblem(api().as(user).get("/api/v1/people"), 403);
            assertProblem(api().as(user).post("/api/v1/people", body), 403);
        }
        assertThat(rowCounts()).isEqualTo(before);
    }
}
