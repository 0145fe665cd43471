package org.skillsmatrix.domain.gap;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.profile.RoleProfile;

/** A person against their role profile; no profile → no gaps to show. */
public record PersonGaps(Person person, @Nullable RoleProfile profile, List<PersonGap> gaps) {

    public PersonGaps {
        gaps = List.copyOf(gaps);
    }
}
