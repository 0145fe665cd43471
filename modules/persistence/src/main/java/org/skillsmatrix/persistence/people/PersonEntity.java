package org.skillsmatrix.persistence.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.people.Person;

@Entity
@Table(name = "person")
class PersonEntity {

    @Id
    private UUID id;

    private String name;

    private String email;

    private @Nullable String subject;

    @Column(name = "role_profile_id")
    private @Nullable UUID roleProfileId;

    private boolean active;

    @Version
    private long version;

    protected PersonEntity() {
        this.id = new UUID(0, 0);
        this.name = "";
        this.email = "";
    }

    PersonEntity(Person person) {
        this.id = person.id().value();
        this.name = person.name();
        this.email = person.email();
        apply(person);
    }

    void apply(Person person) {
        this.name = person.name();
        this.email = person.email();
        this.subject = person.subject();
        this.roleProfileId =
                person.roleProfile() == null ? null : person.roleProfile().value();
        this.active = person.active();
    }

    long version() {
        return version;
    }

    Person toDomain() {
        return new Person(
                new PersonId(id),
                name,
                email,
                subject,
                roleProfileId == null ? null : new RoleProfileId(roleProfileId),
                active,
                version);
    }
}
