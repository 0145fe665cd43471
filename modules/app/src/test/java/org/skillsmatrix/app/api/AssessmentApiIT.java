package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;
import static org.skillsmatrix.app.api.Problems.errors;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.springframework.beans.factory.annotation.Autowired;

/** Ratings through the API: employees rate themselves, managers their teams' members; history is kept. */
class AssessmentApiIT extends ApiIT {

    @Autowired
    Assessments assessments;

    @Test
    void anEmployeeRatesThemselvesAndFindsTheRatingInTheirHistory() {
        var skill = activeSkill(3);
        var employee = api().as("employee");

        var rated = employee.post(
                "/api/v1/me/assessments",
                Map.of("skill", skill.id().value(), "level", 3, "interest", "WANTS_TO_GROW", "evidence", "API test"));

        assertThat(rated.status()).as(rated.describe()).isEqualTo(201);
        assertThat(rated.json())
                .containsEntry("person", employeeId().toString())
                .containsEntry("assessor", employeeId().toString())
                .containsEntry("source", "SELF")
                .containsEntry("level", 3)
                .containsEntry("interest", "WANTS_TO_GROW");
        var history = employee.get("/api/v1/me/assessments?skill=" + skill.id() + "&source=SELF");
        assertThat(history.items().getFirst())
                .containsEntry("evidence", "API test")
                .containsEntry("assessedAt", rated.json().get("assessedAt"));
        var ratings = employee.get("/api/v1/people/" + employeeId() + "/ratings?size=200")
                .items();
        assertThat(ratings)
                .filteredOn(rating -> rating.get("skill").equals(skill.id().toString()))
                .singleElement()
                .satisfies(rating -> assertThat(rating).containsEntry("selfLevel", 3));
    }

    @Test
    void aManagerRatesAMemberOfTheirTeamAndThatLevelCounts() {
        var skill = activeSkill(4);

        var rated = api().as("manager")
                .post(
                        "/api/v1/people/" + employeeId() + "/assessments",
                        Map.of("skill", skill.id().value(), "level", 2, "evidence", "Pairing review"));

        assertThat(rated.status()).as(rated.describe()).isEqualTo(201);
        assertThat(rated.json())
                .containsEntry("source", "MANAGER")
                .containsEntry("assessor", managerId().toString());
        var ratings = api().as("hr")
                .get("/api/v1/people/" + employeeId() + "/ratings?size=200")
                .items();
        assertThat(ratings)
                .filteredOn(rating -> rating.get("skill").equals(skill.id().toString()))
                .singleElement()
                .satisfies(rating ->
                        assertThat(rating).containsEntry("managerLevel", 2).containsEntry("level", 2));
        var history = api().as("manager").get("/api/v1/people/" + employeeId() + "/assessments?source=MANAGER");
        assertThat(history.items().getFirst()).containsEntry("skill", skill.id().toString());
    }

    @Test
    void ratingsOutsideTheRulesAre403AndWriteNothing() {
        var body = Map.of("skill", activeSkill(5).id().value(), "level", 2);
        var before = rowCounts();

        assertProblem(api().as("manager").post("/api/v1/people/" + outsiderId() + "/assessments", body), 403);
        assertProblem(api().as("manager").post("/api/v1/people/" + managerId() + "/assessments", body), 403);
        assertProblem(api().as("employee").post("/api/v1/people/" + managerId() + "/assessments", body), 403);
        for (var user : List.of("hr", "admin")) {
            assertProblem(api().as(user).post("/api/v1/people/" + employeeId() + "/assessments", body), 403);
        }
        assertProblem(
                api().as("noroles")
                        .post(
                                "/api/v1/me/assessments",
                                Map.of("skill", activeSkill(5).id().value(), "level", 2, "interest", "NEUTRAL")),
                403);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void invalidRatingsAre400AtTheField() {
        var employee = api().as("employee");

        var level = assertProblem(
                employee.post(
                        "/api/v1/me/assessments",
                        Map.of("skill", activeSkill(1).id().value(), "level", 5, "interest", "NEUTRAL")),
                400);
        var unknownSkill = assertProblem(
                employee.post(
                        "/api/v1/me/assessments",
                        Map.of("skill", java.util.UUID.randomUUID(), "level", 1, "interest", "NEUTRAL")),
                400);
        var evidence = assertProblem(
                employee.post(
                        "/api/v1/me/assessments",
                        Map.of(
                                "skill",
                                activeSkill(1).id().value(),
                                "level",
                                1,
                                "interest",
                                "NEUTRAL",
                                "evidence",
                                "x".repeat(2001))),
                400);

        assertThat(errors(level))
                .singleElement()
                .satisfies(error -> assertThat(error).containsEntry("field", "level"));
        assertThat(errors(unknownSkill))
                .singleElement()
                .satisfies(error -> assertThat(error)
                        .containsEntry("field", "skill")
                        .containsEntry("message", "Choose a skill from the catalog"));
        assertThat(errors(evidence))
                .singleElement()
                .satisfies(error -> assertThat(error).containsEntry("field", "evidence"));
    }

    @Test
    void historyIsReadByThePersonTheirManagersAndHrOnly() {
        var path = "/api/v1/people/" + employeeId() + "/assessments";

        assertThat(api().as("employee").get(path).status()).isEqualTo(200);
        assertThat(api().as("manager").get(path).status()).isEqualTo(200);
        assertThat(api().as("hr").get(path).status()).isEqualTo(200);
        assertProblem(api().as("admin").get(path), 403);
        assertProblem(api().as("manager").get("/api/v1/people/" + outsiderId() + "/assessments"), 403);
    }

    @Test
    void aStaleRatingIsSaidToBeStaleUntilThePersonOrTheirManagerConfirmsIt() {
        var ownSkill = newSkill();
        var managedSkill = newSkill();
        var longAgo = Instant.now().minus(Duration.ofDays(400));
        var employee = new PersonId(employeeId());
        assessments.append(
                Assessment.self(employee, ownSkill.id(), Level.PROFICIENT, Interest.WANTS_TO_GROW, longAgo, null));
        assessments.append(Assessment.byManager(
                employee, managedSkill.id(), Level.EXPERT, new PersonId(managerId()), longAgo, null));
        assertThat(rating(ownSkill)).containsEntry("stale", true).containsEntry("level", 3);
        assertThat(rating(managedSkill)).containsEntry("stale", true);

        var own = api().as("employee").post("/api/v1/me/skills/" + ownSkill.id() + "/confirmation", "");
        var managed = api().as("manager")
                .post("/api/v1/people/" + employeeId() + "/skills/" + managedSkill.id() + "/confirmation", "");

        assertThat(own.status()).as(own.describe()).isEqualTo(201);
        assertThat(own.json())
                .containsEntry("source", "SELF")
                .containsEntry("level", 3)
                .containsEntry("interest", "WANTS_TO_GROW");
        assertThat(managed.status()).as(managed.describe()).isEqualTo(201);
        assertThat(managed.json()).containsEntry("source", "MANAGER").containsEntry("level", 4);
        assertThat(rating(ownSkill)).containsEntry("stale", false);
        assertThat(rating(managedSkill)).containsEntry("stale", false);
    }

    @Test
    void confirmingAllStaleRatingsConfirmsEachOnceAndThenNothing() {
        var skill = newSkill();
        assessments.append(Assessment.self(
                new PersonId(employeeId()),
                skill.id(),
                Level.AWARENESS,
                Interest.NEUTRAL,
                Instant.now().minus(Duration.ofDays(800)),
                null));

        var first = api().as("employee").post("/api/v1/me/skills/stale/confirmation", "");
        var second = api().as("employee").post("/api/v1/me/skills/stale/confirmation", "");

        assertThat(first.status()).as(first.describe()).isEqualTo(200);
        assertThat(first.text()).contains(skill.id().toString());
        assertThat(second.status()).as(second.describe()).isEqualTo(200);
        assertThat(second.text()).doesNotContain(skill.id().toString());
        assertThat(rating(skill)).containsEntry("stale", false).containsEntry("level", 1);
    }

    @Test
    void confirmingWhatCannotBeConfirmedIs400AndWritesNothing() {
        var unrated = newSkill();
        var before = rowCounts();

        var notAnId = assertProblem(api().as("employee").post("/api/v1/me/skills/not-a-skill/confirmation", ""), 400);
        var unknown = assertProblem(
                api().as("employee").post("/api/v1/me/skills/" + UUID.randomUUID() + "/confirmation", ""), 400);
        var notRated = assertProblem(
                api().as("employee").post("/api/v1/me/skills/" + unrated.id() + "/confirmation", ""), 400);
        assertProblem(
                api().as("manager")
                        .post("/api/v1/people/" + outsiderId() + "/skills/" + unrated.id() + "/confirmation", ""),
                403);

        assertThat(notAnId.get("detail")).asString().doesNotContain("Exception");
        assertThat(errors(unknown))
                .singleElement()
                .satisfies(error -> assertThat(error).containsEntry("field", "skill"));
        assertThat(errors(notRated))
                .singleElement()
                .satisfies(error -> assertThat(error)
                        .containsEntry("message", "You have not rated '" + unrated.name() + "' yet: rate it first"));
        assertThat(rowCounts()).isEqualTo(before);
    }

    /** A skill of its own, so that no rating of the demo data is newer than the ones a test appends. */
    private Skill newSkill() {
        var category = activeSkill(0).category();
        return catalog.add(new Skill(
                SkillId.random(), category, "Ageing " + UUID.randomUUID(), null, Integer.MAX_VALUE, false, 0));
    }

    private Map<String, Object> rating(Skill skill) {
        return api().as("employee").get("/api/v1/people/" + employeeId() + "/ratings?size=200").items().stream()
                .filter(rating -> rating.get("skill").equals(skill.id().toString()))
                .findFirst()
                .orElseThrow();
    }
}
