package org.skillsmatrix.domain.people;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.base.Texts;

/**
 * A member of the organisation, measured against a role profile. At sign-in a person is found by the
 * {@code subject} the identity provider gives their account, or, before the first sign-in links them, by
 * e-mail.
 *
 * @param subject the identity provider's subject of the account linked to this person; absent until the
 *     person first signs in through the identity provider
 */
public record Person(
        PersonId id,
        String name,
        String email,
        @Nullable String subject,
        @Nullable RoleProfileId roleProfile,
        boolean active,
        long version) {

    public static final int MAX_NAME = 120;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_SUBJECT = 255;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Person {
        Objects.requireNonNull(id, "id");
        name = Texts.requireName(name, "name", MAX_NAME);
        email = normalisedEmail(email);
        if (subject != null) {
            subject = Texts.requireLine(subject, "subject", MAX_SUBJECT);
        }
    }

    /** A person not linked to an account of the identity provider (yet). */
    public Person(
            PersonId id, String name, String email, @Nullable RoleProfileId roleProfile, boolean active, long version) {
        this(id, name, email, null, roleProfile, active, version);
    }

    /** The e-mail as people are stored and found by: trimmed, lower case, and checked to be one. */
    public static String normalisedEmail(@Nullable String email) {
        var normalised = Texts.requireName(email, "email", MAX_EMAIL).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(normalised).matches()) {
            throw new InvalidInput("email", "person.email-invalid", normalised);
        }
        return normalised;
    }

    public Person with(String newName, String newEmail, @Nullable RoleProfileId newRoleProfile) {
        return new Person(id, newName, newEmail, subject, newRoleProfile, active, version);
    }

    public Person withActive(boolean newActive) {
        return new Person(id, name, email, subject, roleProfile, newActive, version);
    }

    /** Linked to the identity provider's account with this subject. */
    public Person withSubject(String newSubject) {
        return new Person(id, name, email, newSubject, roleProfile, active, version);
    }
}
