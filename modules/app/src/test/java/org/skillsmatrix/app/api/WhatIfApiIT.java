package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;
import static org.skillsmatrix.app.api.Problems.errors;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.certification.Certifications;
import org.springframework.beans.factory.annotation.Autowired;

/** What if people leave or move, and knowledge at risk, on the demo organisation for those who may ask. */
class WhatIfApiIT extends ApiIT {

    @Autowired
    Certifications certifications;

    @Test
    @SuppressWarnings("unchecked")
    void aManagerAsksWhatIfAMemberLeavesAndSeesTheirTeamTodayAndAfterButNotTheOrganisation() {
        var before = rowCounts();

        var answer = api().as("manager").post("/api/v1/what-if", leaves(employeeId()));

        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        var json = answer.json();
        assertThat((List<Map<String, Object>>) json.get("changes"))
                .singleElement()
                .satisfies(change -> assertThat(change).containsEntry("name", "Noah Fischer"));
        var teams = (List<Map<String, Object>>) json.get("teams");
        assertThat(teams).extracting(team -> team.get("name")).contains("Payments");
        assertThat(teams).allSatisfy(team -> {
            assertThat(team).containsKeys("before", "after", "skills");
            assertThat((Map<String, Object>) team.get("before"))
                    .containsKeys("targets", "targetsMet", "shortfall", "singlePointsOfFailure", "heldByNobody");
        });
        assertThat(json.get("organisation")).as("organisation figures are HR's").isNull();
        assertThat(rowCounts()).as("asking changes nothing").isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCertificationTargetTheLeaverHelpsMeetIsShownBroken() {
        var certification = certifications.all().stream()
                .filter(named -> named.name().equals("CompTIA Security+"))
                .findFirst()
                .orElseThrow()
                .id()
                .value();
        var today = LocalDate.now(ZoneOffset.UTC);
        var recorded = api().as("employee")
                .post(
                        "/api/v1/me/certificates",
                        Map.of(
                                "certification",
                                certification,
                                "issued",
                                today.minusYears(1).toString(),
                                "expires",
                                today.plusYears(2).toString()));
        assertThat(recorded.status()).as(recorded.describe()).isIn(200, 201);
        var manager = api().as("manager");
        var path = "/api/v1/teams/" + payments().id() + "/certification-targets/" + certification;
        var existing = manager.get(path);
        if (existing.status() == 200) {
            manager.delete(path, "If-Match", existing.etag());
        }
        var target = manager.put(path, Map.of("holders", 1));
        assertThat(target.status()).as(target.describe()).isEqualTo(201);
        try {
            // as many holders as the team has today, the employee among them: met, with none to spare
            var holders = (Integer) ((List<Map<String, Object>>)
                            manager.get("/api/v1/teams/" + payments().id() + "/gaps")
                                    .json()
                                    .get("certifications"))
                    .stream()
                            .filter(coverage -> coverage.get("certification").equals(certification.toString()))
                            .findFirst()
                            .orElseThrow()
                            .get("holders");
            target = manager.put(path, Map.of("holders", holders), "If-Match", target.etag());

            var answer = manager.post("/api/v1/what-if", leaves(employeeId()));

            assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
            var team = ((List<Map<String, Object>>) answer.json().get("teams"))
                    .stream()
                            .filter(outcome -> outcome.get("team")
                                    .equals(payments().id().value().toString()))
                            .findFirst()
                            .orElseThrow();
            assertThat((List<Map<String, Object>>) team.get("certifications"))
                    .filteredOn(change -> change.get("certification").equals(certification.toString()))
                    .singleElement()
                    .satisfies(change -> assertThat(change)
                            .containsEntry("required", holders)
                            .containsEntry("holdersBefore", holders)
                            .containsEntry("holdersAfter", holders - 1)
                            .containsEntry("targetBroken", true));
        } finally {
            manager.delete(path, "If-Match", target.etag());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void whoeverTheOrganisationsKnowledgeAtRiskPutsFirstBreaksThoseTargetsWhenTheyLeave() {
        var risk = api().as("hr").get("/api/v1/organisation/knowledge-at-risk?size=5");
        assertThat(risk.status()).as(risk.describe()).isEqualTo(200);
        var first = risk.items().getFirst();
        var targets = (List<Map<String, Object>>) first.get("targetsBroken");
        assertThat(targets)
                .as("the demo organisation has a target resting on its first person")
                .isNotEmpty();

        var answer = api().as("hr").post("/api/v1/what-if", leaves(UUID.fromString((String) first.get("person"))));

        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        var broken = ((List<Map<String, Object>>) answer.json().get("teams"))
                .stream()
                        .flatMap(team -> ((List<Map<String, Object>>) team.get("skills"))
                                .stream()
                                        .filter(skill -> Boolean.TRUE.equals(skill.get("targetBroken")))
                                        .map(skill -> team.get("team") + "/" + skill.get("skill")))
                        .toList();
        assertThat(broken)
                .containsExactlyInAnyOrderElementsOf(targets.stream()
                        .map(target -> target.get("team") + "/" + target.get("skill"))
                        .toList());
        var organisation = (Map<String, Object>) answer.json().get("organisation");
        assertThat(organisation).containsKeys("before", "after", "skills");
        var after = (Map<String, Object>) organisation.get("after");
        var today = (Map<String, Object>) organisation.get("before");
        assertThat((Integer) after.get("targetsMet")).isEqualTo((Integer) today.get("targetsMet") - targets.size());
        // the organisation's holders follow the privacy threshold: 1 to 4 people is "fewer than 5", never the count
        var standings = ((List<Map<String, Object>>) organisation.get("skills"))
                .stream()
                        .flatMap(skill -> java.util.stream.Stream.of(
                                (Map<String, Object>) skill.get("before"), (Map<String, Object>) skill.get("after")))
                        .toList();
        assertThat(standings).isNotEmpty();
        assertThat(standings).allSatisfy(standing -> {
            var holders = (Integer) standing.get("holders");
            if (holders == null) {
                assertThat(standing.get("holdersFewerThan")).isEqualTo(5);
            } else {
                assertThat(holders)
                        .satisfiesAnyOf(
                                count -> assertThat(count).isZero(),
                                count -> assertThat(count).isGreaterThanOrEqualTo(5));
                assertThat(standing.get("holdersFewerThan")).isNull();
            }
        });
    }

    @Test
    void aTeamsKnowledgeAtRiskIsForItsManagersAndHrAndTheOrganisationsForHr() {
        var answer = api().as("manager").get("/api/v1/teams/" + payments().id() + "/knowledge-at-risk");

        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        assertThat(answer.array())
                .allSatisfy(person -> assertThat(person).containsKeys("person", "name", "targetsBroken", "heldAlone"));
        assertProblem(api().as("manager").get("/api/v1/teams/" + otherTeam().id() + "/knowledge-at-risk"), 403);
        assertProblem(api().as("manager").get("/api/v1/organisation/knowledge-at-risk"), 403);
        assertProblem(api().as("hr").get("/api/v1/teams/" + UUID.randomUUID() + "/knowledge-at-risk"), 404);
    }

    @Test
    void badQuestionsGetProblemDetailsAndWriteNothing() {
        var before = rowCounts();

        var empty = assertProblem(api().as("hr").post("/api/v1/what-if", Map.of("changes", List.of())), 400);
        assertThat(errors(empty)).extracting(error -> error.get("field")).containsExactly("changes");
        assertProblem(api().as("hr").post("/api/v1/what-if", Map.of("changes", List.of(Map.of()))), 400);
        assertProblem(
                api().as("hr")
                        .post(
                                "/api/v1/what-if",
                                Map.of(
                                        "changes",
                                        List.of(Map.of("person", employeeId()), Map.of("person", employeeId())))),
                400);
        assertProblem(api().as("hr").post("/api/v1/what-if", leaves(UUID.randomUUID())), 404);
        assertProblem(
                api().as("hr")
                        .post(
                                "/api/v1/what-if",
                                Map.of(
                                        "changes",
                                        List.of(Map.of("person", employeeId(), "moveTo", UUID.randomUUID())))),
                404);
        assertProblem(api().as("manager").post("/api/v1/what-if", leaves(outsiderId())), 403);
        assertProblem(
                api().as("manager")
                        .post(
                                "/api/v1/what-if",
                                Map.of(
                                        "changes",
                                        List.of(Map.of(
                                                "person",
                                                employeeId(),
                                                "moveTo",
                                                otherTeam().id().value())))),
                403);
        assertProblem(api().as("employee").post("/api/v1/what-if", leaves(employeeId())), 403);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void theSameQuestionAskedForAPdfIsTheReportToTakeToAMeeting() throws IOException {
        var pdf = api().as("manager").post("/api/v1/what-if", leaves(employeeId()), "Accept", "application/pdf");

        assertThat(pdf.status()).as(pdf.describe()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).startsWith("attachment; filename=\"what-if_noah-fischer_");
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replace('\n', ' '))
                    .contains("Noah Fischer leaves the organisation", "Payments: targets met")
                    .as("organisation figures are HR's")
                    .doesNotContain("The organisation:");
        }
    }

    private static Map<String, Object> leaves(UUID person) {
        return Map.of("changes", List.of(Map.of("person", person)));
    }
}
