package org.skillsmatrix.domain.gap;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;

/** The names of the people who alone hold a skill, read at once for an analysis. */
final class SoleHolders {

    private SoleHolders() {}

    static Map<PersonId, String> named(People people, Stream<@Nullable PersonId> soleHolders) {
        return people.byIds(soleHolders.filter(Objects::nonNull).toList()).values().stream()
                .collect(Collectors.toUnmodifiableMap(Person::id, Person::name));
    }
}
