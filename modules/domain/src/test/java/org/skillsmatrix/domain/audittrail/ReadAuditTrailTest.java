package org.skillsmatrix.domain.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.audit.AuditFilter;
import org.skillsmatrix.domain.audit.AuditOrder;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.PageRequest;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.testing.TestOrganisation;

/** Reading the trail: with the names of who made each change and whom it is about; exported whole, as it stood. */
class ReadAuditTrailTest {

    private final TestOrganisation org = new TestOrganisation();
    private final Person ada = org.person("Ada Lovelace");
    private final Person ben = org.person("Ben Brown");
    private final Person maya = org.person("Maya Schmidt");
    private final Person hannah = org.person("Hannah Hofmann");
    private final ReadAuditTrail trail = new ReadAuditTrail(
            org.auditLog,
            org.people,
            org.policy,
            (lines, out) -> {
                while (lines.hasNext()) {
                    var line = lines.next();
                    out.write((line.entry().detail() + "|" + line.actor().orElse("?") + "|"
                                    + line.about().orElse("") + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
            },
            org.clock);

    ReadAuditTrailTest() {
        org.team("Payments", List.of(ada), List.of(maya));
    }

    @Test
    void eachLineNamesWhoMadeTheChangeAndThePersonItIsAbout() {
        org.maintainPeople.change(hr(hannah), ada.with("Ada King", ada.email(), null));
        org.maintainTeams.add(hr(hannah), "Research");

        var lines = trail.page(hr(hannah), AuditFilter.EVERYTHING, new PageRequest<>(0, 10, AuditOrder.AT, true))
                .items();

        assertThat(lines).extracting(line -> line.entry().action()).containsExactly("team.added", "person.changed");
        assertThat(lines).extracting(line -> line.actorName()).containsOnly("Hannah Hofmann");
        assertThat(lines).extracting(line -> line.subjectName()).containsExactly(null, "Ada King");
    }

    @Test
    void theExportIsTheWholeFilteredTrailNewestFirstNamedBeyondOneBatchAndEndsWhereItBegan() throws Exception {
        int entries = ReadAuditTrail.EXPORT_BATCH * 2 + 7;
        for (int i = 0; i < entries; i++) {
            org.clock.advance(Duration.ofSeconds(1));
            org.auditLog.record(new AuditEntry(
                    org.clock.instant(), hannah.id(), "person.changed", ada.id().toString(), "change " + i));
        }
        org.clock.advance(Duration.ofSeconds(1));
        org.auditLog.record(new AuditEntry(
                org.clock.instant().plusSeconds(60),
                hannah.id(),
                "person.changed",
                ada.id().toString(),
                "later"));
        var out = new ByteArrayOutputStream();

        trail.export(hr(hannah), AuditFilter.about(ada.id()), out);

        var lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(entries);
        assertThat(lines.getFirst()).isEqualTo("change " + (entries - 1) + "|Hannah Hofmann|Ada Lovelace");
        assertThat(lines.getLast()).isEqualTo("change 0|Hannah Hofmann|Ada Lovelace");
    }

    @Test
    void aPersonTheirManagersAndHrReadWhatWasRecordedAboutThemOthersDoNot() {
        assertThat(trail.mayReadAbout(employee(ada), ada.id())).isTrue();
        assertThat(trail.mayReadAbout(manager(maya), ada.id())).isTrue();
        assertThat(trail.mayReadAbout(hr(hannah), ada.id())).isTrue();
        assertThat(trail.mayReadAbout(employee(ben), ada.id())).isFalse();
        assertThat(trail.mayReadAbout(manager(maya), ben.id())).isFalse();
        assertThatThrownBy(() -> trail.about(
                        manager(maya), ben.id(), AuditFilter.EVERYTHING, new PageRequest<>(0, 10, AuditOrder.AT, true)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void theExportsFileIsNamedForTheDayInUtc() {
        assertThat(trail.exportFileName()).isEqualTo("skills-matrix_audit-trail_2025-03-03.csv");
    }
}
