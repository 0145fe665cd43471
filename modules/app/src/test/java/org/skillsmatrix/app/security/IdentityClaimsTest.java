package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillsmatrix.domain.access.Role.ADMIN;
import static org.skillsmatrix.domain.access.Role.EMPLOYEE;
import static org.skillsmatrix.domain.access.Role.HR;
import static org.skillsmatrix.domain.access.Role.MANAGER;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.people.Identity;
import org.skillsmatrix.domain.people.UnknownUsers;

class IdentityClaimsTest {

    private final IdentityClaims claims = new IdentityClaims(SignInModeTest.oidc("http://localhost/realms/x"));

    @Test
    void readsKeycloaksClaims() {
        var identity = claims.identity(Map.of(
                "sub", "f81d4fae-7dec-11d0-a765-00a0c91e6bf6",
                "email", "maya.schmidt@example.com",
                "email_verified", true,
                "name", "Maya Schmidt",
                "preferred_username", "manager",
                "realm_access", Map.of("roles", List.of("default-roles-skills-matrix", "employee", "manager"))));

        assertThat(identity)
                .isEqualTo(new Identity(
                        "f81d4fae-7dec-11d0-a765-00a0c91e6bf6",
                        "maya.schmidt@example.com",
                        true,
                        "Maya Schmidt",
                        java.util.Set.of(EMPLOYEE, MANAGER)));
    }

    @Test
    void anEmailIsUnverifiedUnlessTheProviderSaysSo() {
        assertThat(claims.identity(Map.of("sub", "s", "email", "a@example.com")).emailVerified())
                .isFalse();
        assertThat(claims.identity(Map.of("sub", "s", "email", "a@example.com", "email_verified", false))
                        .emailVerified())
                .isFalse();
    }

    @Test
    void theNameFallsBackToGivenAndFamilyNameThenToTheUsername() {
        assertThat(claims.identity(Map.of("sub", "s", "given_name", "Maya", "family_name", "Schmidt"))
                        .name())
                .isEqualTo("Maya Schmidt");
        assertThat(claims.identity(Map.of("sub", "s", "preferred_username", "manager"))
                        .name())
                .isEqualTo("manager");
        assertThat(claims.identity(Map.of("sub", "s")).name()).isNull();
    }

    @Test
    void rolesTheMappingDoesNotNameAreIgnoredAndNoRolesAreNoRoles() {
        assertThat(claims.roles(
                        Map.of("realm_access", Map.of("roles", List.of("offline_access", "uma_authorization")))))
                .isEmpty();
        assertThat(claims.roles(Map.of())).isEmpty();
        assertThat(claims.roles(Map.of("realm_access", "not a map"))).isEmpty();
        assertThat(claims.roles(Map.of("realm_access", Map.of("roles", List.of("hr", "admin", "HR")))))
                .containsExactlyInAnyOrder(HR, ADMIN);
    }

    @Test
    void clientRolesMapOnlyWhenTheirClientIsConfigured() {
        var token = Map.<String, Object>of(
                "realm_access", Map.of("roles", List.of("employee")),
                "resource_access",
                        Map.of(
                                "skills-matrix-web", Map.of("roles", List.of("manager")),
                                "other-client", Map.of("roles", List.of("admin"))));

        assertThat(claims.roles(token)).containsExactly(EMPLOYEE);
        assertThat(withClientRoles("skills-matrix-web", Map.of()).roles(token))
                .containsExactlyInAnyOrder(EMPLOYEE, MANAGER);
    }

    @Test
    void aMappingOfItsOwnReplacesTheDefaultOne() {
        var mapped = withClientRoles(null, Map.of("staff", EMPLOYEE, "team-lead", MANAGER));

        assertThat(mapped.roles(Map.of("realm_access", Map.of("roles", List.of("staff", "team-lead", "employee")))))
                .containsExactlyInAnyOrder(EMPLOYEE, MANAGER);
    }

    @Test
    void aTokenWithoutSubjectSignsInNobody() {
        assertThatThrownBy(() -> claims.identity(Map.of("email", "a@example.com")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static IdentityClaims withClientRoles(@Nullable String client, Map<String, Role> mapping) {
        return new IdentityClaims(new OidcProperties(
                "http://localhost/realms/x",
                null,
                null,
                null,
                client,
                mapping,
                UnknownUsers.CREATE,
                false,
                false,
                false,
                null,
                null));
    }
}
