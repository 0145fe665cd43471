package org.skillsmatrix.persistence.profile;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.profile.RoleProfile;
import org.skillsmatrix.domain.profile.RoleProfiles;
import org.skillsmatrix.persistence.base.ReferenceData;
import org.skillsmatrix.persistence.base.UniqueKey;
import org.skillsmatrix.persistence.base.Writes;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link RoleProfiles} port on {@code role_profile} and its expectations; all profiles are read once per node and
 * shared while unchanged ({@link ReferenceData}).
 */
@Repository
@Transactional
class JpaRoleProfiles implements RoleProfiles {

    private final RoleProfileRepository profiles;
    private final EntityManager entityManager;
    private final ReferenceData.Kept<List<RoleProfile>> kept;

    JpaRoleProfiles(RoleProfileRepository profiles, EntityManager entityManager, ReferenceData referenceData) {
        this.profiles = profiles;
        this.entityManager = entityManager;
        this.kept = referenceData.kept();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RoleProfile> byId(RoleProfileId id) {
        return profiles.findById(id.value()).map(RoleProfileEntity::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoleProfile> all() {
        return kept.get(() -> profiles.findAllByOrderByNameAsc().stream()
                .map(RoleProfileEntity::toDomain)
                .toList());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean nameTaken(String name, RoleProfileId except) {
        return profiles.nameTaken(name.strip(), except.value());
    }

    @Override
    public RoleProfile add(RoleProfile profile) {
        var entity = new RoleProfileEntity(profile);
        entityManager.persist(entity);
        Writes.flush(entityManager, describe(profile), uniqueName(profile));
        return entity.toDomain();
    }

    @Override
    public RoleProfile update(RoleProfile profile) {
        var entity =
                profiles.findById(profile.id().value()).orElseThrow(() -> new NotFound("Role profile", profile.id()));
        Writes.requireVersion(entity.version(), profile.version(), describe(profile));
        entity.apply(profile);
        Writes.flush(entityManager, describe(profile), uniqueName(profile));
        return entity.toDomain();
    }

    private static String describe(RoleProfile profile) {
        return "Role profile '" + profile.name() + "'";
    }

    private static UniqueKey uniqueName(RoleProfile profile) {
        return UniqueKey.of("uq_role_profile_name", "name", "role-profile.name-taken", profile.name());
    }
}
