package org.skillsmatrix.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.audit.AuditEntry;
import org.skillsmatrix.domain.audit.AuditFilter;
import org.skillsmatrix.domain.audit.AuditKind;
import org.skillsmatrix.domain.audit.AuditLog;
import org.skillsmatrix.domain.audit.AuditOrder;
import org.skillsmatrix.domain.base.Page;
import org.skillsmatrix.domain.base.PageRequest;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;

/**
 * What every {@link AuditLog} must do when the trail is read a page at a time. Extend it with the store to test;
 * each test's entries are made by or about people and teams of its own, and it ignores whatever else is stored.
 */
public abstract class AuditLogContract {

    private static final Instant NOON = Instant.parse("2026-05-04T12:00:00Z");

    protected abstract AuditLog log();

    /** Runs the work as the store's callers do, e.g. in a transaction where the store needs one. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    private AuditLog log;
    private PersonId ada;
    private PersonId ben;

    @BeforeEach
    void freshPeople() {
        log = log();
        ada = PersonId.random();
        ben = PersonId.random();
    }

    @Test
    void pagesComeNewestFirstWithEntriesOfOneInstantInTheOrderTheyWereRecorded() {
        var first = record(NOON, ada, "team.added", TeamId.random());
        var second = record(NOON, ada, "team.changed", TeamId.random());
        var earlier = record(NOON.minusSeconds(60), ada, "person.added", ben);
        var later = record(NOON.plusSeconds(60), ada, "person.changed", ben);
        var byAda = new AuditFilter(ada, false, null, null, null, null);

        var newest = log.page(byAda, request(0, 2, true));
        var older = log.page(byAda, request(1, 2, true));
        var beyond = log.page(byAda, request(2, 2, true));

        assertThat(newest.items()).containsExactly(later, second);
        assertThat(older.items()).containsExactly(first, earlier);
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(newest, older, beyond)).extracting(Page::total).containsOnly(4L);
        assertThat(log.page(byAda, request(0, 10, false)).items()).containsExactly(earlier, first, second, later);
    }

    @Test
    void aPersonsEntriesAreThoseAboutThemAndThoseTheyMadeOrOnlyThoseAboutThem() {
        var aboutBen = record(NOON, ada, "person.changed", ben);
        var byBen = record(NOON.plusSeconds(1), ben, "skill.self-rated", ben);
        var team = TeamId.random();
        var bensTeam = record(NOON.plusSeconds(2), ben, "target.added", team);

        assertThat(log.page(new AuditFilter(ben, false, null, null, null, null), request(0, 10, true))
                        .items())
                .containsExactly(bensTeam, byBen, aboutBen);
        assertThat(log.page(AuditFilter.about(ben), request(0, 10, true)).items())
                .containsExactly(byBen, aboutBen);
        assertThat(log.page(AuditFilter.about(ada), request(0, 10, true)).items())
                .isEmpty();
        assertThat(log.page(new AuditFilter(null, false, team, null, null, null), request(0, 10, true))
                        .items())
                .containsExactly(bensTeam);
    }

    @Test
    void entriesAreFilteredByKindAndByATimeRangeThatEndsBeforeItsEnd() {
        var rated = record(NOON, ada, "skill.manager-rated", ben);
        var linked = record(NOON.plusSeconds(10), ada, "person.linked", ben);
        var ratedLater = record(NOON.plusSeconds(20), ada, "skill.manager-rated", ben);
        var aboutBen = AuditFilter.about(ben);

        assertThat(log.page(withKind(aboutBen, AuditKind.RATINGS), request(0, 10, true))
                        .items())
                .containsExactly(ratedLater, rated);
        assertThat(log.page(withKind(aboutBen, AuditKind.SIGN_IN_LINKS), request(0, 10, true))
                        .items())
                .containsExactly(linked);
        var range = new AuditFilter(ben, true, null, null, NOON.plusSeconds(10), NOON.plusSeconds(20));
        assertThat(log.page(range, request(0, 10, true)).items()).containsExactly(linked);
    }

    @Test
    void theWholeFilteredTrailStreamsNewestFirstWithEntriesOfOneInstantInTheOrderTheyWereRecorded() {
        var first = record(NOON, ada, "team.added", TeamId.random());
        var second = record(NOON, ada, "team.changed", TeamId.random());
        var earlier = record(NOON.minusSeconds(60), ada, "person.added", ben);
        var aboutAda = record(NOON.plusSeconds(60), ben, "person.changed", ada);
        var byAda = new AuditFilter(ada, false, null, null, null, null);

        var streamed = inTransaction(() -> {
            try (var entries = log.newestFirst(byAda)) {
                return entries.toList();
            }
        });
        var before = inTransaction(() -> {
            try (var entries = log.newestFirst(new AuditFilter(ada, false, null, null, null, NOON))) {
                return entries.toList();
            }
        });

        assertThat(streamed).containsExactly(aboutAda, second, first, earlier);
        assertThat(before).containsExactly(earlier);
    }

    @Test
    void aFilterNothingMatchesGivesAnEmptyPage() {
        var nothing = log.page(AuditFilter.about(PersonId.random()), request(0, 10, true));

        assertThat(nothing.items()).isEmpty();
        assertThat(nothing.total()).isZero();
    }

    private AuditEntry record(Instant at, PersonId actor, String action, Object subject) {
        var entry = new AuditEntry(at, actor, action, subject.toString(), action + " by " + actor);
        log.record(entry);
        return entry;
    }

    private static AuditFilter withKind(AuditFilter filter, AuditKind kind) {
        return new AuditFilter(filter.person(), filter.onlyAbout(), filter.team(), kind, filter.from(), filter.until());
    }

    private static PageRequest<AuditOrder> request(int page, int size, boolean newestFirst) {
        return new PageRequest<>(page, size, AuditOrder.AT, newestFirst);
    }
}
