package org.skillsmatrix.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.base.CertificateId;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.certification.Certificates;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.certification.Certifications;
import org.skillsmatrix.domain.notification.ReminderSources;
import org.skillsmatrix.domain.notification.StaleRating;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;

/**
 * What every {@link ReminderSources} must find: ratings whose level that counts was last stated before a cutoff, and
 * the latest certificates expiring in a range, of active people only. Each test makes its own people.
 */
public abstract class ReminderSourcesContract {

    static final Instant CUTOFF = Instant.now().minus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS);
    static final Instant LONG_AGO = CUTOFF.minus(Duration.ofDays(30));
    static final Instant RECENTLY = CUTOFF.plus(Duration.ofDays(300));
    static final LocalDate FIRST = LocalDate.of(2030, 1, 1);
    static final LocalDate LAST = LocalDate.of(2030, 3, 1);

    protected abstract ReminderSources sources();

    protected abstract People people();

    protected abstract Assessments assessments();

    protected abstract Certifications certifications();

    protected abstract Certificates certificates();

    /** Two skills of the catalog, not retired. */
    protected abstract List<SkillId> twoSkills();

    private String tag = "";

    @BeforeEach
    void freshTag() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aRatingIsStaleWhenTheLevelThatCountsWasLastStatedBeforeTheCutoff() {
        var skill = twoSkills().get(0);
        var other = twoSkills().get(1);
        var ada = person("Ada", true);
        var ben = person("Ben", true);
        var cleo = person("Cleo", true);
        var dan = person("Dan", true);
        var gone = person("Gus", false);
        var maya = person("Maya", true);
        // Ada: her manager's rating long ago counts, though she rated herself since at another level
        assessments().append(Assessment.byManager(ada, skill, Level.PROFICIENT, maya, LONG_AGO, null));
        assessments().append(Assessment.self(ada, skill, Level.EXPERT, Interest.NEUTRAL, RECENTLY, null));
        // Ben: his manager's rating long ago, confirmed by him at the same level since
        assessments().append(Assessment.byManager(ben, skill, Level.PROFICIENT, maya, LONG_AGO, null));
        assessments().append(Assessment.self(ben, skill, Level.PROFICIENT, Interest.NEUTRAL, RECENTLY, null));
        // Cleo: a self-rating long ago; and one recently in another skill
        assessments().append(Assessment.self(cleo, skill, Level.AWARENESS, Interest.NEUTRAL, LONG_AGO, null));
        assessments().append(Assessment.self(cleo, other, Level.AWARENESS, Interest.NEUTRAL, RECENTLY, null));
        // Dan: level 0 long ago is no rating to renew
        assessments().append(Assessment.self(dan, skill, Level.NONE, Interest.NEUTRAL, LONG_AGO, null));
        assessments().append(Assessment.self(gone, skill, Level.EXPERT, Interest.NEUTRAL, LONG_AGO, null));

        var mine = sources().ratingsStatedBefore(CUTOFF).stream()
                .filter(stale -> List.of(ada, ben, cleo, dan, gone).contains(stale.person()))
                .toList();

        assertThat(mine).containsExactlyInAnyOrder(new StaleRating(ada, skill), new StaleRating(cleo, skill));
    }

    @Test
    void theLatestCertificateOfEachHolderAndCertificationExpiringInTheRangeBoundsIncluded() {
        var cka = certifications().add(new Certification(CertificationId.random(), "CKA " + tag, null, 0));
        var cissp = certifications().add(new Certification(CertificationId.random(), "CISSP " + tag, null, 0));
        var ada = person("Ada", true);
        var ben = person("Ben", true);
        var gone = person("Gus", false);
        var first = certificates().add(certificate(ada, cka, FIRST));
        var last = certificates().add(certificate(ada, cissp, LAST));
        var renewed = certificates().add(certificate(ben, cka, FIRST.plusDays(10)));
        certificates().add(certificate(ben, cka, LAST.plusYears(2)));
        certificates().add(certificate(ben, cissp, LAST.plusDays(1)));
        certificates().add(certificate(ben, cissp, FIRST.minusDays(1)));
        certificates().add(certificate(gone, cka, FIRST.plusDays(1)));

        var found = sources().latestCertificatesExpiring(FIRST, LAST).stream()
                .filter(certificate -> List.of(ada, ben, gone).contains(certificate.person()))
                .toList();

        assertThat(found).containsExactly(first, last).doesNotContain(renewed);
    }

    private PersonId person(String name, boolean active) {
        var email = name.toLowerCase(Locale.ROOT) + "." + tag + "@example.com";
        return people().add(new Person(PersonId.random(), name + " " + tag, email, null, active, 0))
                .id();
    }

    private static Certificate certificate(PersonId holder, Certification certification, LocalDate expires) {
        return new Certificate(
                CertificateId.random(),
                holder,
                certification.id(),
                expires.minusYears(3),
                expires,
                null,
                LONG_AGO,
                null,
                null,
                0);
    }
}
