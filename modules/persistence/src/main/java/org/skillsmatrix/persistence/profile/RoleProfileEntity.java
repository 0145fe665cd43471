package org.skillsmatrix.persistence.profile;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.profile.RoleProfile;
import org.skillsmatrix.domain.scale.Level;

@Entity
@Table(name = "role_profile")
class RoleProfileEntity {

    @Id
    private UUID id;

    private String name;

    /** Skill id → expected level. A change here increments the profile's version. */
    @ElementCollection
    @CollectionTable(name = "role_profile_expectation", joinColumns = @JoinColumn(name = "role_profile_id"))
    @MapKeyColumn(name = "skill_id")
    @Column(name = "level")
    @Fetch(FetchMode.SUBSELECT)
    private Map<UUID, Level> expectations = new HashMap<>();

    @Version
    private long version;

    protected RoleProfileEntity() {
        this.id = new UUID(0, 0);
        this.name = "";
    }

    RoleProfileEntity(RoleProfile profile) {
        this.id = profile.id().value();
        this.name = profile.name();
        apply(profile);
    }

    void apply(RoleProfile profile) {
        this.name = profile.name();
        var wanted = profile.expectations().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
        // Changed in place, so Hibernate writes only the rows that differ.
        expectations.keySet().retainAll(wanted.keySet());
        expectations.putAll(wanted);
    }

    long version() {
        return version;
    }

    RoleProfile toDomain() {
        var bySkill = expectations.entrySet().stream()
                .collect(Collectors.toMap(e -> new SkillId(e.getKey()), Map.Entry::getValue));
        return new RoleProfile(new RoleProfileId(id), name, bySkill, version);
    }
}
