package org.skillsmatrix.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.app.api.Problems.assertProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.CertificateId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.certification.Certificates;
import org.skillsmatrix.domain.certification.Certifications;
import org.springframework.beans.factory.annotation.Autowired;

/** The certificates of a team's members, for HR and the team's managers. */
class TeamCertificatesApiIT extends ApiIT {

    @Autowired
    Certificates certificates;

    @Autowired
    Certifications certifications;

    @Test
    void hrAndTheTeamsManagersReadTheMembersCertificatesEachMembersSoonestToExpireFirst() {
        for (var expires : List.of(LocalDate.of(2099, 6, 1), LocalDate.of(2098, 1, 1))) {
            certificates.add(new Certificate(
                    CertificateId.random(),
                    new PersonId(employeeId()),
                    certifications.all().getLast().id(),
                    LocalDate.of(2019, 1, 1),
                    expires,
                    null,
                    Instant.now(),
                    null,
                    null,
                    0));
        }
        var path = "/api/v1/teams/" + payments().id() + "/certificates";

        var answer = api().as("manager").get(path);

        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        var listed = answer.array();
        assertThat(ids(listed)).isEqualTo(storedOfPaymentsMembers());
        assertThat(ids(api().as("hr").get(path).array())).isEqualTo(storedOfPaymentsMembers());
        var seen = new HashSet<Object>();
        for (int i = 0; i < listed.size(); i++) {
            var person = listed.get(i).get("person");
            if (seen.add(person)) {
                continue;
            }
            assertThat(listed.get(i - 1).get("person"))
                    .as("each member's certificates together")
                    .isEqualTo(person);
            assertThat((String) listed.get(i).get("expires"))
                    .isGreaterThanOrEqualTo((String) listed.get(i - 1).get("expires"));
        }
        assertThat(listed).hasSizeGreaterThanOrEqualTo(2);
        assertThat(listed)
                .allSatisfy(certificate -> assertThat(certificate.get("status")).isIn("VALID", "EXPIRING", "EXPIRED"));
        assertProblem(api().as("employee").get(path), 403);
        assertProblem(api().as("manager").get("/api/v1/teams/" + otherTeam().id() + "/certificates"), 403);
    }

    private Set<String> storedOfPaymentsMembers() {
        return new HashSet<>(
                jdbc.queryForList("""
                select c.id::text from certificate c
                join team_member m on m.person_id = c.person_id
                where m.team_id = ?""", String.class, payments().id().value()));
    }

    private static Set<String> ids(List<Map<String, Object>> certificates) {
        var ids = new HashSet<String>();
        certificates.forEach(certificate -> ids.add((String) certificate.get("id")));
        return ids;
    }
}
