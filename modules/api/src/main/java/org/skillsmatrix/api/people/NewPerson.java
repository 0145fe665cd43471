package org.skillsmatrix.api.people;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.people.Person;

/** A person to add. */
@Schema(name = "NewPerson")
record NewPerson(
        @NotBlank @Size(max = Person.MAX_NAME) @Schema(example = "Ada Lovelace") @Nullable
        String name,

        @NotBlank @Size(max = Person.MAX_EMAIL) @Schema(example = "ada.lovelace@example.com") @Nullable
        String email,

        @Schema(description = "The id of a role profile to measure the person against") @Nullable
        UUID roleProfile) {}
