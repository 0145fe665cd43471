package org.skillsmatrix.domain.people;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.base.Texts;

/**
 * Who the identity provider says has signed in: the account's subject, what the account says about the
 * person, and the application's roles that the account's roles map to.
 *
 * @param subject the account's subject, unique and stable at the identity provider
 * @param email the account's e-mail, if it has one
 * @param emailVerified whether the identity provider has verified that the e-mail belongs to the account
 * @param name the person's full name, if the account gives one
 * @param roles the application's roles the account holds; none means no access at all
 */
public record Identity(
        String subject,
        @Nullable String email,
        boolean emailVerified,
        @Nullable String name,
        Set<Role> roles) {

    public Identity {
        subject = Texts.requireLine(subject, "subject", Person.MAX_SUBJECT);
        email = email == null || email.isBlank() ? null : email.strip();
        name = name == null || name.isBlank() ? null : name.strip();
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(Objects.requireNonNull(roles, "roles")));
    }

    /** The name to give a person created for this account: the full name, else the e-mail, else the subject. */
    String personName() {
        var named = name != null ? name : email != null ? email : subject;
        return named.length() > Person.MAX_NAME ? named.substring(0, Person.MAX_NAME) : named;
    }
}
