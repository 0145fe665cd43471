package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;
import static org.skillsmatrix.app.api.Problems.errors;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;

/** The audit trail: HR and admins read who changed what, filtered and as CSV; a person reads what concerns them. */
class AuditApiIT extends ApiIT {

    @Test
    void hrSeesWhoAddedAPersonFilteredByPersonAndKindAndAsCsv() {
        var hr = api().as("hr");
        var email = "audit-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var added = hr.post("/api/v1/people", Map.of("name", "Ada Audited", "email", email));
        var id = added.json().get("id");

        var aboutAda = hr.get("/api/v1/audit?person=" + id);
        var ratingsOfAda = hr.get("/api/v1/audit?person=" + id + "&kind=ratings");
        var csv = hr.get("/api/v1/audit/export?person=" + id + "&kind=people");

        assertThat(aboutAda.status()).as(aboutAda.describe()).isEqualTo(200);
        assertThat(aboutAda.json()).containsEntry("totalItems", 1);
        assertThat(aboutAda.items())
                .singleElement()
                .satisfies(entry -> assertThat(entry)
                        .containsEntry("action", "person.added")
                        .containsEntry("kind", "people")
                        .containsEntry("subject", id)
                        .containsEntry("subjectName", "Ada Audited")
                        .containsEntry("actor", personId(DemoPeople.HR).toString())
                        .containsEntry("detail", "Ada Audited <" + email + ">"));
        assertThat(aboutAda.items().getFirst().get("actorName")).isNotNull();
        assertThat(ratingsOfAda.json()).containsEntry("totalItems", 0);
        assertThat(csv.status()).as(csv.describe()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains("audit-trail");
        var lines = csv.text().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("at,actor_id,actor,kind,action,subject,about,detail");
        assertThat(lines[1]).contains(",people,person.added," + id + ",Ada Audited,");
    }

    @Test
    void aPersonReadsOnlyWhatWasRecordedAboutThem() {
        var employee = employeeId().toString();

        var about = api().as("employee").get("/api/v1/people/" + employee + "/audit?size=200");

        assertThat(about.status()).as(about.describe()).isEqualTo(200);
        assertThat(about.items()).allSatisfy(entry -> assertThat(entry).containsEntry("subject", employee));
    }

    @Test
    void aManagerReadsWhatWasRecordedAboutAMemberOfTheirTeam() {
        var employee = employeeId().toString();

        var about = api().as("manager").get("/api/v1/people/" + employee + "/audit?size=200");

        assertThat(about.status()).as(about.describe()).isEqualTo(200);
        assertThat(about.items()).allSatisfy(entry -> assertThat(entry).containsEntry("subject", employee));
    }

    @Test
    void filtersThatMeanNothingAreRefusedAtTheirField() {
        var hr = api().as("hr");

        assertThat(errors(assertProblem(hr.get("/api/v1/audit?kind=everything"), 400)))
                .singleElement()
                .satisfies(error -> assertThat(error).containsEntry("field", "kind"));
        assertThat(errors(assertProblem(hr.get("/api/v1/audit?from=yesterday"), 400)))
                .singleElement()
                .satisfies(error -> assertThat(error).containsEntry("field", "from"));
        assertThat(errors(assertProblem(
                        hr.get("/api/v1/audit?from=2026-05-02T00:00:00Z&until=2026-05-01T00:00:00Z"), 400)))
                .singleElement()
                .satisfies(error -> assertThat(error).containsEntry("field", "until"));
        assertProblem(hr.get("/api/v1/audit?size=0"), 400);
    }
}
