package org.skillsmatrix.persistence.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

class TeamTargetsIT extends PersistenceIT {

    @Autowired
    TeamTargets targets;

    @Autowired
    Teams teams;

    @Autowired
    Catalog catalog;

    Team payments;
    Skill first;
    Skill second;

    @BeforeEach
    void aTeamAndTwoSkills() {
        payments = teams.add(new Team(TeamId.random(), "Payments", Set.of(), Set.of(), 0));
        first = catalog.skills().get(0);
        second = catalog.skills().get(1);
    }

    @Test
    void createsReplacesAndRemovesATarget() {
        var created = targets.put(new TeamTarget(payments.id(), second.id(), Level.PROFICIENT, 2, 0));
        targets.put(new TeamTarget(payments.id(), first.id(), Level.EXPERT, 1, 0));

        var replaced = targets.put(new TeamTarget(payments.id(), second.id(), Level.EXPERT, 3, created.version()));

        assertThat(replaced.version()).isEqualTo(created.version() + 1);
        assertThat(targets.find(payments.id(), second.id())).contains(replaced);
        assertThat(targets.of(payments.id())).extracting(TeamTarget::skill).containsExactly(first.id(), second.id());
        assertThat(targets.all()).hasSize(2);

        targets.remove(payments.id(), second.id(), replaced.version());

        assertThat(targets.find(payments.id(), second.id())).isEmpty();
    }

    @Test
    void refusesStaleVersions() {
        var created = targets.put(new TeamTarget(payments.id(), first.id(), Level.PROFICIENT, 2, 0));
        targets.put(new TeamTarget(payments.id(), first.id(), Level.EXPERT, 2, created.version()));

        assertThatThrownBy(() -> targets.put(new TeamTarget(payments.id(), first.id(), Level.AWARENESS, 1, 0)))
                .isInstanceOf(ConcurrentEdit.class);
        assertThatThrownBy(() -> targets.remove(payments.id(), first.id(), created.version()))
                .isInstanceOf(ConcurrentEdit.class);
        assertThatThrownBy(() -> targets.put(new TeamTarget(payments.id(), second.id(), Level.EXPERT, 1, 4)))
                .as("a target read at some version and removed since")
                .isInstanceOf(ConcurrentEdit.class);
    }

    @Test
    void theSchemaChecksLevelAndHeadcount() {
        var insert = "insert into team_target (team_id, skill_id, level, headcount) values (?, ?, ?, ?)";

        assertThatThrownBy(() ->
                        jdbc.update(insert, payments.id().value(), first.id().value(), 0, 1))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_team_target_level");
        assertThatThrownBy(() ->
                        jdbc.update(insert, payments.id().value(), first.id().value(), 5, 1))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() ->
                        jdbc.update(insert, payments.id().value(), first.id().value(), 3, 0))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_team_target_headcount");
    }
}
