package org.skillsmatrix.api.people;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.people.Person;

/** A person of the organisation. */
@Schema(name = "Person")
record PersonDto(
        UUID id,
        @Schema(example = "Noah Fischer") String name,
        @Schema(example = "noah.fischer@example.com") String email,

        @Schema(description = "The id of the role profile the person is measured against") @Nullable
        UUID roleProfile,

        @Schema(description = "False once the person has left; they keep their history")
        boolean active,

        @Schema(description = "Whether an account of the identity provider signs in as this person")
        boolean linked,

        @Schema(description = "Changes with every edit; send it back in If-Match", example = "0")
        long version) {

    static PersonDto of(Person person) {
        return new PersonDto(
                person.id().value(),
                person.name(),
                person.email(),
                person.roleProfile() == null ? null : person.roleProfile().value(),
                person.active(),
                person.subject() != null,
                person.version());
    }

    static @Nullable RoleProfileId profile(@Nullable UUID id) {
        return id == null ? null : new RoleProfileId(id);
    }
}
