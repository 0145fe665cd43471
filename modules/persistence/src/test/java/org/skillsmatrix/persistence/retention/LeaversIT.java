package org.skillsmatrix.persistence.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.audit.AuditLog;
import org.skillsmatrix.domain.base.CertificateId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.certification.Certificates;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.notification.Notification;
import org.skillsmatrix.domain.notification.NotificationKind;
import org.skillsmatrix.domain.notification.NotificationSettings;
import org.skillsmatrix.domain.notification.Notifications;
import org.skillsmatrix.domain.notification.ReminderKey;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.retention.Leaver;
import org.skillsmatrix.domain.retention.Leavers;
import org.skillsmatrix.domain.retention.Pseudonym;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.persistence.PersistenceIT;
import org.skillsmatrix.persistence.fixture.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Anonymising a person who left on the real database: their personal data is gone from every table that held it,
 * and every figure of the organisation, current and past, is what it was.
 */
class LeaversIT extends PersistenceIT {

    /**
     * The read model's tables: every organisation-wide figure and the coverage over time are read from them. A rebuild
     * leaves out the counts of nobody, which the triggers keep.
     */
    static final List<String> FIGURES = List.of(
            "select person_id, skill_id, self_level, self_at, interest, manager_level, manager_at, level"
                    + " from current_rating order by 1, 2",
            "select team_id, skill_id, level, people from team_level_count where people <> 0 order by 1, 2, 3",
            "select skill_id, level, people from skill_level_count where people <> 0 order by 1, 2",
            "select skill_id, day, level, change from skill_level_change where change <> 0 order by 1, 2, 3");

    @Autowired
    Leavers leavers;

    @Autowired
    People people;

    @Autowired
    Teams teams;

    @Autowired
    Assessments assessments;

    @Autowired
    Catalog catalog;

    @Autowired
    Certifications certifications;

    @Autowired
    Certificates certificates;

    @Autowired
    Notifications notifications;

    @Autowired
    AuditLog audit;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void removesThePersonalDataOfALeaverAndKeepsEveryFigure() {
        var test = new TestPeople(people);
        var ada = people.update(test.add("Ada Lovelace").withSubject("kc-7f3e-ada"));
        var ben = test.add("Ben Brown");
        var maya = test.add("Maya Schmidt");
        var payments =
                teams.add(new Team(TeamId.random(), "Payments", Set.of(ada.id(), ben.id()), Set.of(maya.id()), 0));
        var kafka = catalog.skills().get(0).id();
        var rust = catalog.skills().get(1).id();
        assessments.append(Assessment.self(
                ada.id(),
                kafka,
                Level.PROFICIENT,
                Interest.WANTS_TO_GROW,
                now.minus(400, ChronoUnit.DAYS),
                "Ada's talk"));
        assessments.append(Assessment.byManager(
                ada.id(), kafka, Level.EXPERT, maya.id(), now.minus(300, ChronoUnit.DAYS), "Ada Lovelace led it"));
        assessments.append(Assessment.self(
                ada.id(), rust, Level.AWARENESS, Interest.NEUTRAL, now.minus(200, ChronoUnit.DAYS), null));
        assessments.append(Assessment.self(
                ben.id(), kafka, Level.WORKING_KNOWLEDGE, Interest.NEUTRAL, now.minus(100, ChronoUnit.DAYS), "Ben's"));
        var certification = certifications.all().get(0).id();
        certificates.add(new Certificate(
                CertificateId.random(),
                ada.id(),
                certification,
                LocalDate.of(2024, 1, 10),
                LocalDate.of(2027, 1, 10),
                "https://credentials.example.com/ada-lovelace",
                now,
                maya.id(),
                now,
                0));
        notifications.addOnce(notification(ada, List.of("Kafka")));
        notifications.save(new NotificationSettings(ada.id(), false, "de"));
        notifications.addOnce(notification(maya, List.of("Ada Lovelace: Kafka", "Ben Brown: Kafka")));
        audit.record(entry(ada, "person.added", ada.id().toString(), "Ada Lovelace <ada.lovelace@example.org>"));
        audit.record(
                entry(ada, "person.linked", ada.id().toString(), "Ada Lovelace signs in as the account kc-7f3e-ada"));
        audit.record(entry(maya, "goal.set", ben.id().toString(), "Kafka: level 3 by 2026-01-01, mentor Ada Lovelace"));
        audit.record(entry(maya, "goal.set", ben.id().toString(), "Rust: level 2, mentor Ada Lovelaceson"));
        audit.record(entry(maya, "person.added", ben.id().toString(), "Ben Brown <ben.brown@example.org>"));
        people.update(people.byId(ada.id()).orElseThrow().withActive(false));
        var before = figures();

        var anonymised = leavers.anonymise(ada.id(), Pseudonym.of(ada.id()), now);

        var pseudonym = Pseudonym.of(ada.id());
        assertThat(anonymised).isTrue();
        var stored = people.byId(ada.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo(pseudonym.name());
        assertThat(stored.email()).isEqualTo(pseudonym.email());
        assertThat(stored.subject()).isNull();
        assertThat(stored.active()).isFalse();
        assertThat(people.byEmail("ada.lovelace@example.org")).isEmpty();
        assertThat(people.byExternalSubject("kc-7f3e-ada")).isEmpty();
        assertThat(jdbc.queryForList(
                        "select evidence from assessment where person_id = ?",
                        String.class,
                        ada.id().value()))
                .containsOnlyNulls()
                .hasSize(3);
        assertThat(jdbc.queryForObject(
                        "select evidence from assessment where person_id = ?",
                        String.class,
                        ben.id().value()))
                .isEqualTo("Ben's");
        assertThat(certificates.of(List.of(ada.id()))).singleElement().satisfies(certificate -> {
            assertThat(certificate.evidence()).isNull();
            assertThat(certificate.expires()).isEqualTo(LocalDate.of(2027, 1, 10));
        });
        assertThat(notifications.of(ada.id(), 10)).isEmpty();
        assertThat(notifications.settings(ada.id())).isEqualTo(NotificationSettings.defaults(ada.id()));
        assertThat(notifications.of(maya.id(), 10))
                .singleElement()
                .extracting(Notification::items)
                .isEqualTo(List.of(pseudonym.name() + ": Kafka", "Ben Brown: Kafka"));
        assertThat(audit.newest(10))
                .extracting(AuditEntry::detail)
                .containsExactlyInAnyOrder(
                        pseudonym.name() + " <" + pseudonym.email() + ">",
                        pseudonym.name() + " signs in as the account (an account no longer linked)",
                        "Kafka: level 3 by 2026-01-01, mentor " + pseudonym.name(),
                        "Rust: level 2, mentor Ada Lovelaceson",
                        "Ben Brown <ben.brown@example.org>");
        assertThat(teams.byId(payments.id()).orElseThrow().members()).contains(ada.id());
        assertThat(figures()).isEqualTo(before);
        jdbc.execute("select read_model_rebuild()");
        assertThat(figures()).isEqualTo(before);
    }

    @Test
    void anonymisesOnceAndNeverAnActivePerson() {
        var test = new TestPeople(people);
        var ada = test.add("Ada Lovelace", false);
        var ben = test.add("Ben Brown");

        assertThat(leavers.anonymise(ben.id(), Pseudonym.of(ben.id()), now)).isFalse();
        assertThat(people.byId(ben.id()).orElseThrow().name()).isEqualTo("Ben Brown");
        assertThat(leavers.anonymise(ada.id(), Pseudonym.of(ada.id()), now)).isTrue();
        var version = people.byId(ada.id()).orElseThrow().version();
        assertThat(leavers.anonymise(ada.id(), Pseudonym.of(ada.id()), now)).isFalse();
        assertThat(people.byId(ada.id()).orElseThrow().version()).isEqualTo(version);
        assertThat(leavers.notAnonymised()).isEmpty();
    }

    @Test
    void knowsWhenEachPersonWasDeactivatedHoweverTheyWere() {
        var test = new TestPeople(people);
        var importedInactive = test.add("Ada Lovelace", false);
        var deactivated = test.add("Ben Brown");
        var reactivated = test.add("Cleo Park", false);
        test.add("Maya Schmidt");
        people.update(people.byId(deactivated.id()).orElseThrow().withActive(false));
        people.update(people.byId(reactivated.id()).orElseThrow().withActive(true));
        var deactivatedAt = jdbc.queryForObject(
                "select deactivated_at from person where id = ?",
                java.time.OffsetDateTime.class,
                deactivated.id().value());
        jdbc.update(
                "update person set deactivated_at = ? where id = ?",
                deactivatedAt.minusDays(30),
                importedInactive.id().value());
        // an update that leaves a leaver inactive keeps when they left
        people.update(people.byId(importedInactive.id()).orElseThrow().with("Ada King", "ada.king@example.org", null));

        assertThat(leavers.notAnonymised())
                .containsExactly(
                        new Leaver(
                                importedInactive.id(),
                                deactivatedAt.minusDays(30).toInstant()),
                        new Leaver(deactivated.id(), deactivatedAt.toInstant()));
    }

    private Map<String, List<Map<String, Object>>> figures() {
        return FIGURES.stream().collect(java.util.stream.Collectors.toMap(query -> query, jdbc::queryForList));
    }

    private Notification notification(Person recipient, List<String> items) {
        return new Notification(
                UUID.randomUUID(),
                new ReminderKey(recipient.id(), NotificationKind.RATINGS_STALE, "all", "2026-01"),
                items,
                null,
                "my-skills",
                now,
                null);
    }

    private AuditEntry entry(Person actor, String action, String subject, String detail) {
        return new AuditEntry(now, actor.id(), action, subject, detail);
    }
}
