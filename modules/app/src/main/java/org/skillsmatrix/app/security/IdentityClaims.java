package org.skillsmatrix.app.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.people.Identity;

/**
 * Reads who signed in from the claims of an ID token, userinfo or access token, as Keycloak writes them:
 * {@code sub}, {@code email}, {@code email_verified}, {@code name} (else {@code given_name} and
 * {@code family_name}, else {@code preferred_username}), and the roles in {@code realm_access.roles} and,
 * where configured, {@code resource_access.<client>.roles}, mapped to the application's roles.
 */
final class IdentityClaims {

    private final Map<String, Role> roleMapping;
    private final @Nullable String clientRolesClientId;

    IdentityClaims(OidcProperties properties) {
        this.roleMapping = properties.roleMapping();
        this.clientRolesClientId = properties.clientRolesClientId();
    }

    Identity identity(Map<String, Object> claims) {
        var subject = text(claims.get("sub"));
        if (subject == null) {
            throw new IllegalArgumentException("The token names no subject");
        }
        return new Identity(
                subject, text(claims.get("email")), isTrue(claims.get("email_verified")), name(claims), roles(claims));
    }

    Set<Role> roles(Map<String, Object> claims) {
        var realmRoles = names(claims.get("realm_access"));
        var clientRoles = clientRolesClientId == null
                ? Stream.<String>empty()
                : names(
                        claims.get("resource_access") instanceof Map<?, ?> clients
                                ? clients.get(clientRolesClientId)
                                : null);
        var roles = Stream.concat(realmRoles, clientRoles)
                .map(roleMapping::get)
                .filter(role -> role != null)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return Set.copyOf(roles);
    }

    /** The role names in {@code {"roles": [...]}}. */
    private static Stream<String> names(@Nullable Object access) {
        if (access instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(IdentityClaims::text).filter(name -> name != null);
        }
        return Stream.empty();
    }

    private static @Nullable String name(Map<String, Object> claims) {
        var name = text(claims.get("name"));
        if (name != null) {
            return name;
        }
        var given = text(claims.get("given_name"));
        var family = text(claims.get("family_name"));
        if (given != null || family != null) {
            return Stream.of(given, family).filter(part -> part != null).collect(Collectors.joining(" "));
        }
        return text(claims.get("preferred_username"));
    }

    private static boolean isTrue(@Nullable Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    private static @Nullable String text(@Nullable Object value) {
        return value instanceof String text && !text.isBlank() ? text.strip() : null;
    }
}
