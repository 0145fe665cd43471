package org.skillsmatrix.app.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.access.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The principal of a signed-in user, however they signed in (local demo account, the identity provider's
 * sign-in page, a bearer token): the person and roles they act with, and what to call them.
 */
interface SignedInUser {

    Actor actor();

    /** The person's name, as stored when they signed in. */
    String displayName();

    /** True for a local demo account, false for an account of the identity provider. */
    boolean demoAccount();

    /** Spring Security's authorities for the application's roles: {@code ROLE_EMPLOYEE} and so on. */
    static List<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream()
                .sorted()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }

    /** The names of all the application's roles, as {@code hasAnyRole} takes them. */
    static String[] anyRole() {
        return Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
    }
}
