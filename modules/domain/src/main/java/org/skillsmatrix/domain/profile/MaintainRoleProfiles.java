package org.skillsmatrix.domain.profile;

import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.scale.Level;

/** Use case: reading role profiles, and the admin's changes to them. */
@Transactional
public class MaintainRoleProfiles {

    private final RoleProfiles profiles;
    private final Catalog catalog;
    private final AccessPolicy policy;
    private final Auditor auditor;

    public MaintainRoleProfiles(RoleProfiles profiles, Catalog catalog, AccessPolicy policy, Auditor auditor) {
        this.profiles = profiles;
        this.catalog = catalog;
        this.policy = policy;
        this.auditor = auditor;
    }

    @ReadOnly
    public List<RoleProfile> list(Actor actor) {
        policy.check(actor, new Action.ReadCatalog());
        return profiles.all();
    }

    public RoleProfile add(Actor actor, String name, Map<SkillId, Level> expectations) {
        policy.check(actor, new Action.MaintainRoleProfiles());
        var profile = new RoleProfile(RoleProfileId.random(), name, expectations, 0);
        validate(profile);
        var added = profiles.add(profile);
        auditor.record(actor, "profile.added", added.id(), added.name());
        return added;
    }

    /** Stores a changed name or expectations; based on {@code changed.version()}. */
    public RoleProfile change(Actor actor, RoleProfile changed) {
        policy.check(actor, new Action.MaintainRoleProfiles());
        var stored = profiles.byId(changed.id()).orElseThrow(() -> new NotFound("Role profile", changed.id()));
        if (stored.version() == changed.version()
                && stored.name().equals(changed.name())
                && stored.expectations().equals(changed.expectations())) {
            return stored;
        }
        validate(changed);
        var updated = profiles.update(changed);
        auditor.record(actor, "profile.changed", updated.id(), updated.name());
        return updated;
    }

    private void validate(RoleProfile profile) {
        if (profiles.nameTaken(profile.name(), profile.id())) {
            throw new InvalidInput("name", "role-profile.name-taken", profile.name());
        }
        for (var skill : profile.expectations().keySet()) {
            catalog.skill(skill).orElseThrow(() -> new InvalidInput("expectations", "skill.unknown-id", skill));
        }
    }
}
