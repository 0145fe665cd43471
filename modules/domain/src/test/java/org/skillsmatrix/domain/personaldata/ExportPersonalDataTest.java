package org.skillsmatrix.domain.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillsmatrix.domain.testing.TestOrganisation.admin;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.base.AccessDenied;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.testing.TestOrganisation;

class ExportPersonalDataTest {

    final TestOrganisation org = new TestOrganisation();
    final Skill kafka = org.skill("Kafka");
    final Skill rust = org.skill("Rust");
    final Person ada = org.person("Ada Lovelace");
    final Person ben = org.person("Ben Brown");
    final Person maya = org.person("Maya Schmidt");
    final Person hannah = org.person("Hannah Ruiz");
    final Team payments = org.team("Payments", List.of(ada, ben), List.of(maya));
    final Team search = org.team("Search", List.of(maya), List.of());

    @Test
    void holdsEverythingStoredAboutThePersonAndNothingAboutOthers() {
        var adaOnKafka = org.selfRated(ada, kafka, Level.PROFICIENT);
        var mayaOnAda = org.managerRated(maya, ada, kafka, Level.EXPERT);
        var mayaOnBen = org.managerRated(maya, ben, rust, Level.AWARENESS);
        org.selfRated(ben, kafka, Level.AWARENESS);
        org.setDevelopmentGoals.set(
                manager(maya),
                ada.id(),
                rust.id(),
                Level.PROFICIENT,
                null,
                LocalDate.now(org.clock).plusDays(30));

        org.auditLog.record(new AuditEntry(
                org.clock.instant(), maya.id(), "person.changed", ben.id().toString(), "Ben"));

        var ofAda = org.exportPersonalData.read(hr(hannah), ada.id());
        var ofMaya = org.exportPersonalData.read(hr(hannah), maya.id());

        assertThat(ofAda.person()).isEqualTo(ada);
        assertThat(ofAda.memberOf()).extracting(Team::name).containsExactly("Payments");
        assertThat(ofAda.manages()).isEmpty();
        assertThat(ofAda.ratingsReceived()).containsExactlyInAnyOrder(adaOnKafka, mayaOnAda);
        assertThat(ofAda.ratingsGiven()).isEmpty();
        assertThat(ofAda.developmentGoals())
                .singleElement()
                .satisfies(goal -> assertThat(goal.skill()).isEqualTo(rust.id()));
        assertThat(ofAda.auditEntries()).extracting(AuditEntry::action).containsExactly("goal.set");
        assertThat(ofAda.skillNames()).containsEntry(kafka.id(), "Kafka");
        assertThat(ofMaya.memberOf()).extracting(Team::name).containsExactly("Search");
        assertThat(ofMaya.manages()).extracting(Team::name).containsExactly("Payments");
        assertThat(ofMaya.ratingsGiven()).extracting(Assessment::person).containsExactlyInAnyOrder(ada.id(), ben.id());
        assertThat(ofMaya.ratingsGiven()).contains(mayaOnBen);
        assertThat(ofMaya.ratingsReceived()).isEmpty();
    }

    @Test
    void isAuditedNamingThePersonByIdWithWhatWasExported() {
        org.selfRated(ada, kafka, Level.PROFICIENT);

        org.exportPersonalData.read(hr(hannah), ada.id());

        assertThat(org.auditLog.entries().getLast()).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(hannah.id());
            assertThat(entry.action()).isEqualTo("person.exported");
            assertThat(entry.subject()).isEqualTo(ada.id().toString());
            assertThat(entry.detail()).startsWith("Personal data exported: 1 ratings received, 0 given");
        });
    }

    @Test
    void onlyHrExportsAndAnUnknownPersonIsNotFound() {
        for (var actor : List.of(employee(ada), manager(maya), admin(ben))) {
            assertThat(org.exportPersonalData.mayExport(actor, ada.id())).isFalse();
            assertThatThrownBy(() -> org.exportPersonalData.read(actor, ada.id()))
                    .isInstanceOf(AccessDenied.class);
        }
        assertThat(org.exportPersonalData.mayExport(hr(hannah), ada.id())).isTrue();
        assertThatThrownBy(() -> org.exportPersonalData.read(hr(hannah), PersonId.random()))
                .isInstanceOf(NotFound.class);
    }
}
