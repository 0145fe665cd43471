package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;
import static org.skillsmatrix.app.api.Problems.errors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Staffing a piece of work on the demo organisation, as managers and HR ask it. */
class StaffingApiIT extends ApiIT {

    @Test
    @SuppressWarnings("unchecked")
    void aManagerGetsTheSameProposalAsHrWithEveryoneNamedAsInThePeopleFinder() {
        var before = rowCounts();
        var question = question(Map.of("PostgreSQL", 6, "Apache Kafka", 4, "Authentication", 3));

        var hr = api().as("hr").post("/api/v1/staffing", question);
        var manager = api().as("manager").post("/api/v1/staffing", question);

        assertThat(hr.status()).as(hr.describe()).isEqualTo(200);
        assertThat(manager.status()).as(manager.describe()).isEqualTo(200);
        assertThat(manager.json())
                .as("who is named does not depend on who asks, of managers and HR")
                .isEqualTo(hr.json());
        assertThat(manager.json().get("proposedNotShown")).isEqualTo(0);
        var hrProposed = (List<Map<String, Object>>) hr.json().get("proposed");
        var managersTeams = List.of("Payments", "Mobile Backend");
        assertThat(hrProposed)
                .as("people outside the manager's teams are among those named")
                .anySatisfy(person ->
                        assertThat((List<String>) person.get("teams")).doesNotContainAnyElementsOf(managersTeams));
        assertThat(hrProposed)
                .allSatisfy(person -> assertThat((List<?>) person.get("covers")).isNotEmpty());
        assertThat(rowCounts()).as("asking changes nothing").isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void swappingAProposedPersonForAStandInPutsTheStandInFirstAndTheOtherOut() {
        var question = question(Map.of("PostgreSQL", 3, "Apache Kafka", 2));
        var first = (List<Map<String, Object>>)
                api().as("hr").post("/api/v1/staffing", question).json().get("proposed");
        var out = first.stream()
                .filter(person -> !((List<?>) person.get("alternatives")).isEmpty())
                .findFirst()
                .orElseThrow();
        var in = ((List<Map<String, Object>>) out.get("alternatives")).getFirst();
        var swapped = new HashMap<>(question);
        swapped.put("exclude", List.of(out.get("person")));
        swapped.put("pin", List.of(in.get("person")));

        var answer = api().as("hr").post("/api/v1/staffing", swapped);

        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        var proposed = (List<Map<String, Object>>) answer.json().get("proposed");
        assertThat(proposed.getFirst())
                .containsEntry("person", in.get("person"))
                .containsEntry("pinned", true);
        assertThat(proposed).extracting(person -> person.get("person")).doesNotContain(out.get("person"));
    }

    @Test
    void badQuestionsGetProblemDetailsAndWriteNothing() {
        var before = rowCounts();
        var postgres = skill("PostgreSQL").id().value();

        assertProblem(api().as("hr").post("/api/v1/staffing", Map.of()), 400);
        var empty = assertProblem(api().as("hr").post("/api/v1/staffing", Map.of("needs", List.of())), 400);
        assertThat(errors(empty)).extracting(error -> error.get("field")).containsExactly("needs");
        assertProblem(api().as("hr").post("/api/v1/staffing", need(UUID.randomUUID(), 3, 1)), 400);
        assertProblem(api().as("hr").post("/api/v1/staffing", need(postgres, 7, 1)), 400);
        assertProblem(api().as("hr").post("/api/v1/staffing", need(postgres, -1, 1)), 400);
        assertProblem(api().as("hr").post("/api/v1/staffing", need(postgres, 0, 1)), 400);
        var noHeadcount = assertProblem(api().as("hr").post("/api/v1/staffing", need(postgres, 3, 0)), 400);
        assertThat(errors(noHeadcount)).extracting(error -> error.get("field")).containsExactly("headcount");
        var unknownTeam = new HashMap<>(need(postgres, 3, 1));
        unknownTeam.put("teams", List.of(UUID.randomUUID()));
        assertProblem(api().as("hr").post("/api/v1/staffing", unknownTeam), 400);
        var unknownPin = new HashMap<>(need(postgres, 1, 1));
        unknownPin.put("pin", List.of(UUID.randomUUID()));
        assertProblem(api().as("manager").post("/api/v1/staffing", unknownPin), 400);
        assertProblem(api().as("employee").post("/api/v1/staffing", need(postgres, 3, 1)), 403);
        assertThat(rowCounts()).isEqualTo(before);
    }

    private Map<String, Object> question(Map<String, Integer> headcounts) {
        return Map.of(
                "needs",
                headcounts.entrySet().stream()
                        .map(entry -> Map.of(
                                "skill",
                                skill(entry.getKey()).id().value(),
                                "minimum",
                                3,
                                "headcount",
                                entry.getValue()))
                        .toList());
    }

    private static Map<String, Object> need(UUID skill, int minimum, int headcount) {
        return Map.of("needs", List.of(Map.of("skill", skill, "minimum", minimum, "headcount", headcount)));
    }
}
