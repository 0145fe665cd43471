package org.skillsmatrix.persistence.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.persistence.PersistenceIT;
import org.skillsmatrix.persistence.base.ReadModelChanges;
import org.skillsmatrix.persistence.fixture.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mentor proposals are kept between reads (the application keeps them with {@link ReadModelChanges}), so a write to
 * anything they stand on beyond the organisation's answers must make the next read compute them anew: a development
 * goal set (a mentor's load), a role profile's expectations changed (who is below what is asked), a team renamed.
 * Each write here is plain SQL, as another node's would be.
 */
class KeptMentorProposalsIT extends PersistenceIT {

    @Autowired
    ReadModelChanges changes;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    People people;

    @Autowired
    Teams teams;

    @Autowired
    Catalog catalog;

    private final AtomicInteger computed = new AtomicInteger();
    private ReadModelChanges.Kept<Integer> kept;
    private Person ada;
    private Team team;
    private UUID skill;

    @BeforeEach
    void aTeamAndAnAnswerKept() {
        ada = new TestPeople(people).add("Ada Lovelace");
        team = teams.add(new Team(TeamId.random(), "Payments", Set.of(ada.id()), Set.of(), 0));
        skill = catalog.skills().getFirst().id().value();
        kept = changes.kept();
        read();
        read();
        assertThat(computed).as("kept while nothing changes").hasValue(1);
    }

    @Test
    void aDevelopmentGoalSetIsAChange() {
        jdbc.update("""
                insert into development_goal (id, person_id, skill_id, target_level, due, status, set_by, set_at)
                values (?, ?, ?, 3, date '2031-01-01', 'OPEN', ?, now())""", UUID.randomUUID(), ada.id().value(), skill, ada.id().value());

        read();

        assertThat(computed).hasValue(2);
    }

    @Test
    void aRoleProfilesExpectationChangedIsAChange() {
        var profile = UUID.randomUUID();
        jdbc.update("insert into role_profile (id, name, version) values (?, 'Backend engineer', 0)", profile);
        read();
        int before = computed.get();

        jdbc.update(
                "insert into role_profile_expectation (role_profile_id, skill_id, level) values (?, ?, 3)",
                profile,
                skill);
        read();

        assertThat(computed).hasValue(before + 1);
    }

    @Test
    void aTeamRenamedIsAChange() {
        jdbc.update(
                "update team set name = 'Payments and Billing' where id = ?",
                team.id().value());

        read();

        assertThat(computed).hasValue(2);
    }

    private void read() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> kept.get(computed::incrementAndGet));
    }
}
