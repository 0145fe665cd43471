package org.skillsmatrix.domain.profile;

import java.util.Map;
import java.util.Objects;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.Texts;
import org.skillsmatrix.domain.scale.Level;

/** The level a job role (e.g. Senior Back-end Engineer) expects in each skill it names. */
public record RoleProfile(RoleProfileId id, String name, Map<SkillId, Level> expectations, long version) {

    public static final int MAX_NAME = 80;

    public RoleProfile {
        Objects.requireNonNull(id, "id");
        name = Texts.requireName(name, "name", MAX_NAME);
        expectations = Map.copyOf(expectations);
        if (expectations.containsValue(Level.NONE)) {
            throw new InvalidInput("expectations", "role-profile.level-too-low");
        }
    }

    public RoleProfile with(String newName, Map<SkillId, Level> newExpectations) {
        return new RoleProfile(id, newName, newExpectations, version);
    }
}
