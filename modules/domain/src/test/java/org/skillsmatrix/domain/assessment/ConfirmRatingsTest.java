package org.skillsmatrix.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertDenied;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.testing.TestOrganisation;

class ConfirmRatingsTest {

    private final TestOrganisation world = new TestOrganisation();
    private final ConfirmRatings confirm = world.confirmRatings;
    private final Person ann = world.person("Ann Smith");
    private final Person ben = world.person("Ben Brown");
    private final Person mona = world.person("Mona Manager");
    private final Person max = world.person("Max Manager");
    private final Skill java = world.skill("Java");
    private final Skill kafka = world.skill("Kafka");
    private final Skill go = world.skill("Go");

    {
        world.team("Payments", List.of(ann), List.of(mona));
        world.team("Search", List.of(ben), List.of(max));
    }

    @Test
    void aPersonConfirmsTheirOwnStaleRatingAsANewSelfRatingAtTheSameLevelAndInterest() {
        world.selfRated(ann, java, Level.PROFICIENT, Interest.WANTS_TO_GROW);
        world.clock.advance(Duration.ofDays(400));
        var current = current(ann, java);
        assertThat(world.ratingAge.isStale(current)).isTrue();

        var confirmed = confirm.confirmOwn(employee(ann), java.id());

        assertThat(confirmed.level()).isEqualTo(Level.PROFICIENT);
        assertThat(confirmed.interest()).isEqualTo(Interest.WANTS_TO_GROW);
        assertThat(confirmed.assessedAt()).isEqualTo(world.clock.instant());
        assertThat(world.ratingAge.isStale(current(ann, java))).isFalse();
        assertThat(world.assessments.history(ann.id())).hasSize(2);
        assertThat(world.auditLog.entries())
                .extracting(AuditEntry::action, AuditEntry::subject, AuditEntry::detail)
                .containsExactly(tuple("skill.self-confirmed", ann.id().toString(), "Java = 3"));
    }

    @Test
    void confirmingAllUnchangedConfirmsEveryStaleOwnRatingAndNothingElse() {
        world.selfRated(ann, java, Level.PROFICIENT);
        world.selfRated(ann, kafka, Level.AWARENESS, Interest.RATHER_NOT);
        world.clock.advance(Duration.ofDays(400));
        world.selfRated(ann, go, Level.EXPERT);
        var retired = world.skill("COBOL");
        world.selfRated(ann, retired, Level.EXPERT);
        world.catalog.update(retired.retire());
        world.clock.advance(Duration.ofDays(400));
        world.selfRated(ann, go, Level.EXPERT);

        var confirmed = confirm.confirmAllStale(employee(ann));

        assertThat(confirmed)
                .extracting(Assessment::skill, Assessment::level, Assessment::interest)
                .containsExactlyInAnyOrder(
                        tuple(java.id(), Level.PROFICIENT, Interest.NEUTRAL),
                        tuple(kafka.id(), Level.AWARENESS, Interest.RATHER_NOT));
        assertThat(world.auditLog.entries())
                .singleElement()
                .satisfies(entry -> assertThat(entry.detail()).contains("Java = 3", "Kafka = 1"));
        assertThat(confirm.confirmAllStale(employee(ann)))
                .as("nothing stale is left")
                .isEmpty();
        assertThat(world.auditLog.entries()).hasSize(1);
    }

    @Test
    void theManagerConfirmsTheLevelThatCountsAsAManagerRating() {
        world.selfRated(ann, java, Level.EXPERT);
        world.managerRated(mona, ann, java, Level.PROFICIENT);
        world.clock.advance(Duration.ofDays(400));

        var confirmed = confirm.confirmMember(manager(mona), ann.id(), java.id());

        assertThat(confirmed.source()).isEqualTo(Source.MANAGER);
        assertThat(confirmed.level()).isEqualTo(Level.PROFICIENT);
        assertThat(world.ratingAge.isStale(current(ann, java))).isFalse();
        assertThat(world.auditLog.entries())
                .extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(tuple("skill.manager-confirmed", mona.id()));
    }

    @Test
    void onlyARatingThatExistsCanBeConfirmedAndOnlyByThoseWhoMayRate() {
        world.selfRated(ben, java, Level.PROFICIENT);

        assertInvalid(
                () -> confirm.confirmOwn(employee(ann), java.id()),
                "skill",
                "You have not rated 'Java' yet: rate it first");
        assertInvalid(
                () -> confirm.confirmMember(manager(mona), ann.id(), java.id()),
                "skill",
                "Ann Smith has no rating in 'Java' to confirm");
        assertDenied(() -> confirm.confirmMember(manager(mona), ben.id(), java.id()));
        assertDenied(() -> confirm.confirmMember(hr(world.person("Hilda HR")), ben.id(), java.id()));
        assertDenied(() -> confirm.confirmMember(employee(ann), ben.id(), java.id()));
        assertThat(world.assessments.history(ben.id())).hasSize(1);
        assertThat(world.auditLog.entries()).isEmpty();
    }

    @Test
    void someoneWhoLeftConfirmsNothing() {
        world.selfRated(ann, java, Level.PROFICIENT);
        world.people.update(world.people.byId(ann.id()).orElseThrow().withActive(false));

        assertDenied(() -> confirm.confirmOwn(employee(ann), java.id()));
        assertDenied(() -> confirm.confirmAllStale(employee(ann)));
        assertInvalid(
                () -> confirm.confirmMember(manager(mona), ann.id(), java.id()),
                "person",
                "Ann Smith has left the organisation and takes no new ratings");
    }

    private CurrentRating current(Person person, Skill skill) {
        return world.assessments.current(person.id()).stream()
                .filter(rating -> rating.skill().equals(skill.id()))
                .findFirst()
                .orElseThrow();
    }
}
