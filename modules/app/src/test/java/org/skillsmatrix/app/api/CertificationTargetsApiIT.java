package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.certification.Certifications;
import org.springframework.beans.factory.annotation.Autowired;

/** A team's certification targets: set with versions like the skill targets, counted in the team's gaps. */
class CertificationTargetsApiIT extends ApiIT {

    @Autowired
    Certifications certifications;

    @Test
    void aManagerAddsChangesAndRemovesACertificationTargetAndTheGapsCountItsValidHolders() {
        var manager = api().as("manager");
        var certification = certifications.all().get(1).id().value();
        var path = "/api/v1/teams/" + payments().id() + "/certification-targets/" + certification;
        var existing = manager.get(path);
        if (existing.status() == 200) {
            manager.delete(path, "If-Match", existing.etag());
        }

        var added = manager.put(path, Map.of("holders", 2));
        assertThat(added.status()).as(added.describe()).isEqualTo(201);
        assertThat(added.json()).containsEntry("holders", 2).containsEntry("version", 0);
        assertThat(added.header("Location")).isEqualTo(path);
        assertProblem(manager.put(path, Map.of("holders", 3)), 428);
        assertProblem(manager.put(path, Map.of("holders", 3), "If-None-Match", "*"), 412);
        var changed = manager.put(path, Map.of("holders", 1), "If-Match", added.etag());
        assertThat(changed.status()).as(changed.describe()).isEqualTo(200);
        assertThat(changed.etag()).isEqualTo("\"1\"");
        var stale = assertProblem(manager.put(path, Map.of("holders", 4), "If-Match", added.etag()), 412);
        assertThat(stale).containsEntry("changedBy", "Maya Schmidt");
        assertThat(api().as("hr")
                        .get("/api/v1/teams/" + payments().id() + "/certification-targets")
                        .array())
                .extracting(target -> target.get("certification"))
                .contains(certification.toString());

        @SuppressWarnings("unchecked")
        var coverage = ((List<Map<String, Object>>)
                        manager.get("/api/v1/teams/" + payments().id() + "/gaps")
                                .json()
                                .get("certifications"))
                .stream()
                        .filter(target -> target.get("certification").equals(certification.toString()))
                        .findFirst()
                        .orElseThrow();
        int holders = validHoldersInPayments(certification);
        assertThat(coverage)
                .containsEntry("required", 1)
                .containsEntry("holders", holders)
                .containsEntry("shortfall", Math.max(0, 1 - holders))
                .containsEntry("targetMet", holders >= 1);

        assertProblem(manager.delete(path), 428);
        var removed = manager.delete(path, "If-Match", changed.etag());
        assertThat(removed.status()).as(removed.describe()).isEqualTo(204);
        assertProblem(manager.get(path), 404);
    }

    @Test
    void badCertificationTargetsAre400AndOnlyTheTeamsManagersSetThem() {
        var certification = certifications.all().get(2).id().value();
        var own = "/api/v1/teams/" + payments().id() + "/certification-targets/" + certification;
        var other = "/api/v1/teams/" + otherTeam().id() + "/certification-targets/" + certification;
        var before = rowCounts();

        assertProblem(api().as("manager").put(own, Map.of("holders", 0)), 400);
        assertProblem(api().as("manager").put(own, Map.of("holders", 1001)), 400);
        var unknown = assertProblem(
                api().as("manager")
                        .put(
                                "/api/v1/teams/" + payments().id() + "/certification-targets/" + UUID.randomUUID(),
                                Map.of("holders", 1)),
                400);
        assertThat(unknown.toString()).contains("certification");
        assertProblem(api().as("manager").put(other, Map.of("holders", 2)), 403);
        assertProblem(api().as("hr").put(own, Map.of("holders", 2)), 403);
        assertProblem(api().as("employee").put(own, Map.of("holders", 2)), 403);
        assertThat(rowCounts()).isEqualTo(before);
    }

    /** Counted in SQL: active members of Payments holding a certificate of it that has not expired. */
    private int validHoldersInPayments(UUID certification) {
        return jdbc.queryForObject(
                """
                select count(distinct c.person_id)
                from certificate c
                join team_member m on m.person_id = c.person_id
                join person p on p.id = c.person_id
                where m.team_id = ? and p.active and c.certification_id = ? and c.expires >= ?""", Integer.class, payments().id().value(), certification, LocalDate.now(ZoneOffset.UTC));
    }
}
