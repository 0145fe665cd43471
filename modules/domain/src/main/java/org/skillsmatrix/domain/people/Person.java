package org.skillsmatrix.domain.people;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.base.Texts;

/** A member of the organisation, identified at sign-in by e-mail; measured against a role profile. */
public record Person(
        PersonId id, String name, String email, @Nullable RoleProfileId roleProfile, boolean active, long version) {

    public static final int MAX_NAME = 120;
    public static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Person {
        Objects.requireNonNull(id, "id");
        name = Texts.requireName(name, "name", MAX_NAME);
        email = Texts.requireName(email, "email", MAX_EMAIL).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInput("email", "'" + email + "' is not a valid e-mail address");
        }
    }

    public Person with(String newName, String newEmail, @Nullable RoleProfileId newRoleProfile) {
        return new Person(id, newName, newEmail, newRoleProfile, active, version);
    }

    public Person withActive(boolean newActive) {
        return new Person(id, name, email, roleProfile, newActive, version);
    }
}
