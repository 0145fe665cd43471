package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** HR exports everything stored about a person of the demo organisation: the JSON holds what the database holds. */
class PersonalDataApiIT extends ApiIT {

    @Test
    @SuppressWarnings("unchecked")
    void theJsonHoldsWhatIsStoredAboutThePerson() {
        var id = employeeId();
        var auditedBefore = count("select count(*) from audit_entry where subject = ?", id.toString());

        var answer = api().as("hr").get("/api/v1/people/" + id + "/personal-data");

        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.header("Content-Disposition")).contains("attachment").contains("personal-data");
        var json = answer.json();
        var person = (Map<String, Object>) json.get("person");
        assertThat(person)
                .containsEntry("id", id.toString())
                .containsEntry("email", jdbc.queryForObject("select email from person where id = ?", String.class, id))
                .containsEntry("name", jdbc.queryForObject("select name from person where id = ?", String.class, id));
        assertThat(names((List<Map<String, Object>>) json.get("memberOf")))
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                        "select t.name from team t join team_member m on m.team_id = t.id where m.person_id = ?",
                        String.class,
                        id));
        assertThat((List<?>) json.get("ratingsReceived"))
                .hasSize(count("select count(*) from assessment where person_id = ?", id));
        assertThat((List<?>) json.get("ratingsGiven"))
                .hasSize(count("select count(*) from assessment where assessor_id = ? and person_id <> ?", id, id));
        assertThat((List<?>) json.get("certificates"))
                .hasSize(count("select count(*) from certificate where person_id = ?", id));
        assertThat((List<?>) json.get("developmentGoals"))
                .hasSize(count("select count(*) from development_goal where person_id = ?", id));
        assertThat((List<?>) json.get("notifications"))
                .hasSize(count("select count(*) from notification where recipient_id = ?", id));
        assertThat((List<?>) json.get("auditEntries")).hasSize(auditedBefore);
        assertThat(count(
                        "select count(*) from audit_entry where subject = ? and action = 'person.exported'",
                        id.toString()))
                .isPositive();
    }

    @Test
    void anUnknownPersonIsAProblem() {
        var answer = api().as("hr").get("/api/v1/people/" + UUID.randomUUID() + "/personal-data");

        Problems.assertProblem(answer, 404);
    }

    private int count(String sql, Object... arguments) {
        var counted = jdbc.queryForObject(sql, Long.class, arguments);
        return counted == null ? 0 : counted.intValue();
    }

    private static List<Object> names(List<Map<String, Object>> teams) {
        return teams.stream().map(team -> team.get("name")).toList();
    }
}
