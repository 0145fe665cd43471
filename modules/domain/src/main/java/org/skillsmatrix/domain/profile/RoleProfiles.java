package org.skillsmatrix.domain.profile;

import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.base.RoleProfileId;

/** Port: role profiles. Updates fail with ConcurrentEdit on a stale version. */
public interface RoleProfiles {

    Optional<RoleProfile> byId(RoleProfileId id);

    /** All profiles, by name. */
    List<RoleProfile> all();

    boolean nameTaken(String name, RoleProfileId except);

    RoleProfile add(RoleProfile profile);

    RoleProfile update(RoleProfile profile);
}
