package org.skillsmatrix.domain.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillsmatrix.domain.base.ConcurrentEdit;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.profile.RoleProfile;
import org.skillsmatrix.domain.profile.RoleProfiles;

/** {@link RoleProfiles} in memory. Names are compared ignoring case. */
public class InMemoryRoleProfiles implements RoleProfiles {

    private final Map<RoleProfileId, RoleProfile> profiles = new LinkedHashMap<>();

    @Override
    public synchronized Optional<RoleProfile> byId(RoleProfileId id) {
        return Optional.ofNullable(profiles.get(id));
    }

    @Override
    public synchronized List<RoleProfile> all() {
        return profiles.values().stream()
                .sorted(Comparator.comparing(RoleProfile::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public synchronized boolean nameTaken(String name, RoleProfileId except) {
        return profiles.values().stream()
                .anyMatch(profile ->
                        !profile.id().equals(except) && profile.name().equalsIgnoreCase(name));
    }

    @Override
    public synchronized RoleProfile add(RoleProfile profile) {
        if (profiles.putIfAbsent(profile.id(), profile) != null) {
            throw new IllegalArgumentException("role profile " + profile.id() + " was added before");
        }
        return profile;
    }

    @Override
    public synchronized RoleProfile update(RoleProfile profile) {
        var stored = profiles.get(profile.id());
        if (stored == null) {
            throw new NotFound("Role profile", profile.id());
        }
        if (stored.version() != profile.version()) {
            throw new ConcurrentEdit("Role profile '" + stored.name() + "'");
        }
        var updated = new RoleProfile(profile.id(), profile.name(), profile.expectations(), profile.version() + 1);
        profiles.put(updated.id(), updated);
        return updated;
    }
}
