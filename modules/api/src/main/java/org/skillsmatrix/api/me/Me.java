package org.skillsmatrix.api.me;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.people.SignedIn;

/**
 * The calling person.
 *
 * @param roles the application's roles the caller holds, in lower case: {@code employee}, {@code manager},
 *     {@code hr}, {@code admin}
 */
record Me(UUID id, String name, String email, List<String> roles) {

    static Me of(SignedIn signedIn) {
        var person = signedIn.person();
        var roles = signedIn.actor().roles().stream()
                .sorted()
                .map(Role::name)
                .map(role -> role.toLowerCase(Locale.ROOT))
                .toList();
        return new Me(person.id().value(), person.name(), person.email(), roles);
    }
}
