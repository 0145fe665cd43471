package org.skillsmatrix.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.DomainAssertions.assertInvalid;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.scale.Level;

class RoleProfileTest {

    private final SkillId java = SkillId.random();

    @Test
    void anExpectedLevelIsAtLeastAwareness() {
        assertInvalid(
                () -> profile(Map.of(java, Level.NONE)),
                "expectations",
                "An expected level must be at least 1 (Awareness)");
    }

    @Test
    void aProfileKeepsItsOwnCopyOfTheExpectations() {
        var expectations = new HashMap<>(Map.of(java, Level.PROFICIENT));
        var profile = profile(expectations);

        expectations.put(java, Level.EXPERT);

        assertThat(profile.expectations()).containsExactlyEntriesOf(Map.of(java, Level.PROFICIENT));
    }

    @Test
    void aProfileNeedsAName() {
        assertInvalid(
                () -> new RoleProfile(RoleProfileId.random(), "  ", Map.of(), 0), "name", "Name must not be empty");
    }

    private static RoleProfile profile(Map<SkillId, Level> expectations) {
        return new RoleProfile(RoleProfileId.random(), "Senior Back-end Engineer", expectations, 0);
    }
}
