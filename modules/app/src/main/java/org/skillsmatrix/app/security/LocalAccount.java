package org.skillsmatrix.app.security;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.base.PersonId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in local demo account: a person of the organisation and the roles they hold. Kept in the HTTP
 * session, so it holds serialisable values only.
 */
record LocalAccount(UUID personId, String username, String displayName, String passwordHash, Set<Role> roles)
        implements UserDetails, SignedInUser {

    LocalAccount {
        roles = Set.copyOf(roles);
    }

    PersonId person() {
        return new PersonId(personId);
    }

    @Override
    public Actor actor() {
        return new Actor(person(), roles);
    }

    @Override
    public boolean demoAccount() {
        return true;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return SignedInUser.authorities(roles);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }
}
