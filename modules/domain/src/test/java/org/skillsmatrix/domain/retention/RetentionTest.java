package org.skillsmatrix.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.people.Person;

class RetentionTest {

    static final Instant NOW = Instant.parse("2026-06-01T05:00:00Z");
    static final Duration YEAR = Duration.ofDays(365);

    final Leaver leftLongAgo = new Leaver(PersonId.random(), NOW.minus(Duration.ofDays(800)));
    final Leaver leftAYearAgoToTheSecond = new Leaver(PersonId.random(), NOW.minus(YEAR));
    final Leaver leftAYearAgoLessASecond =
            new Leaver(PersonId.random(), NOW.minus(YEAR).plusSeconds(1));
    final Leaver leftYesterday = new Leaver(PersonId.random(), NOW.minus(Duration.ofDays(1)));

    @Test
    void byDefaultNobodyIsEverAnonymised() {
        assertThat(Retention.never().due(List.of(leftLongAgo, leftYesterday), NOW))
                .isEmpty();
    }

    @Test
    void aLeaverIsDueOnceTheRetentionPeriodIsOverTheLongestGoneFirst() {
        var retention = new Retention(YEAR);

        assertThat(retention.due(
                        List.of(leftYesterday, leftAYearAgoLessASecond, leftAYearAgoToTheSecond, leftLongAgo), NOW))
                .containsExactly(leftLongAgo, leftAYearAgoToTheSecond);
    }

    @Test
    void aRetentionOfNothingAnonymisesOnTheDayOfLeaving() {
        assertThat(new Retention(Duration.ZERO).due(leftYesterday, NOW)).isTrue();
    }

    @Test
    void aNegativeRetentionIsRefused() {
        assertThatThrownBy(() -> new Retention(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePseudonymIsAValidPersonThatKeepsNothingButTheId() {
        var id = PersonId.of("3f2a9c1b-0000-4000-8000-000000000001");

        var pseudonym = Pseudonym.of(id);

        assertThat(pseudonym.name()).isEqualTo("Former member 3f2a9c1b");
        assertThat(pseudonym.email()).isEqualTo("3f2a9c1b-0000-4000-8000-000000000001@anonymised.invalid");
        var stored = new Person(id, pseudonym.name(), pseudonym.email(), null, false, 0);
        assertThat(stored.email()).isEqualTo(pseudonym.email());
    }
}
