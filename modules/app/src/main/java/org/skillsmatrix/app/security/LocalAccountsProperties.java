package org.skillsmatrix.app.security;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local demo accounts, for a run without an identity provider. Every active person signs in with their
 * e-mail and the shared password; {@code aliases} give short names to a few of them.
 *
 * @param enabled whether local accounts sign in at all; unset: exactly when no identity provider is
 *     configured. They can never be on together with an identity provider.
 * @param password the shared demo password
 * @param aliases short user name → e-mail, e.g. {@code manager → maya.schmidt@example.com}
 * @param hr e-mails of the people who hold the HR role
 * @param admins e-mails of the people who hold the admin role
 * @param managers e-mails of the people who hold the manager role; unset: the managers of the demo organisation
 *     (those its settings generate), while demo data is on. Being named a team's manager does not give the role.
 */
@ConfigurationProperties("skills-matrix.local-accounts")
record LocalAccountsProperties(
        @Nullable Boolean enabled,
        String password,
        Map<String, String> aliases,
        List<String> hr,
        List<String> admins,
        @Nullable List<String> managers) {

    static final String ENABLED = "skills-matrix.local-accounts.enabled";

    LocalAccountsProperties {
        password = password == null ? "demo" : password;
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
        hr = hr == null ? List.of() : List.copyOf(hr);
        admins = admins == null ? List.of() : List.copyOf(admins);
        managers = managers == null ? null : List.copyOf(managers);
    }
}
