package org.skillsmatrix.api.base;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.skillsmatrix.domain.people.Person;

/** A person named where another resource mentions them. */
@Schema(name = "PersonRef")
public record PersonRef(
        UUID id, @Schema(example = "Noah Fischer") String name) {

    public static PersonRef of(Person person) {
        return new PersonRef(person.id().value(), person.name());
    }
}
