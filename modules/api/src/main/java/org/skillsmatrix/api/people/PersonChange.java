package org.skillsmatrix.api.people;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.people.Person;

/** A person as they are to be: every field, as for a replacement. */
@Schema(name = "PersonChange")
record PersonChange(
        @NotBlank @Size(max = Person.MAX_NAME) @Schema(example = "Ada Lovelace") @Nullable
        String name,

        @NotBlank @Size(max = Person.MAX_EMAIL) @Schema(example = "ada.lovelace@example.com") @Nullable
        String email,

        @Schema(description = "The id of a role profile to measure the person against; none if absent") @Nullable
        UUID roleProfile,

        @NotNull @Schema(description = "False once the person has left") @Nullable
        Boolean active,

        @Schema(description = "The version the change is based on, if If-Match does not name it", example = "0")
        @Nullable
        Long version) {}
