package org.skillsmatrix.persistence.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.profile.RoleProfile;
import org.skillsmatrix.domain.profile.RoleProfiles;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

class RoleProfilesIT extends PersistenceIT {

    @Autowired
    RoleProfiles profiles;

    @Autowired
    Catalog catalog;

    @Test
    void storesAProfileWithItsExpectations() {
        var java = catalog.skills().get(0).id();
        var sql = catalog.skills().get(1).id();

        var senior = profiles.add(new RoleProfile(
                RoleProfileId.random(), "Senior engineer", Map.of(java, Level.EXPERT, sql, Level.PROFICIENT), 0));
        var junior = profiles.add(new RoleProfile(RoleProfileId.random(), "Junior engineer", Map.of(), 0));

        assertThat(profiles.byId(senior.id())).contains(senior);
        assertThat(senior.expectations()).containsEntry(java, Level.EXPERT).hasSize(2);
        assertThat(profiles.all()).containsExactly(junior, senior);
    }

    @Test
    void aChangedExpectationIncrementsTheVersionAndAStaleOneIsRefused() {
        var java = catalog.skills().get(0).id();
        var sql = catalog.skills().get(1).id();
        var profile =
                profiles.add(new RoleProfile(RoleProfileId.random(), "Senior engineer", Map.of(java, Level.EXPERT), 0));

        var changed = profiles.update(profile.with(profile.name(), Map.of(sql, Level.WORKING_KNOWLEDGE)));

        assertThat(changed.version()).isEqualTo(profile.version() + 1);
        assertThat(profiles.byId(profile.id()).orElseThrow().expectations())
                .containsExactlyEntriesOf(Map.of(sql, Level.WORKING_KNOWLEDGE));
        assertThatThrownBy(() -> profiles.update(profile.with("Staff engineer", Map.of())))
                .isInstanceOf(ConcurrentEdit.class);
    }

    @Test
    void namesAreUniqueAndExpectedLevelsAtLeastAwareness() {
        var profile = profiles.add(new RoleProfile(RoleProfileId.random(), "Senior engineer", Map.of(), 0));

        assertThat(profiles.nameTaken("senior ENGINEER", RoleProfileId.random()))
                .isTrue();
        assertThat(profiles.nameTaken("Senior engineer", profile.id())).isFalse();
        assertThatThrownBy(() -> profiles.add(new RoleProfile(RoleProfileId.random(), "SENIOR engineer", Map.of(), 0)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> jdbc.update(
                        "insert into role_profile_expectation (role_profile_id, skill_id, level) values (?, ?, 0)",
                        profile.id().value(),
                        catalog.skills().get(0).id().value()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_role_profile_expectation_level");
    }
}
