package org.skillsmatrix.app.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signs in the people of the organisation by e-mail (or a configured alias) with the shared demo password. An
 * account looked up is kept a short while ({@link RecentSignIns}), so that API calls with HTTP Basic do not each
 * read the person again.
 * Everyone is an employee; managers, HR and admins are the accounts' roles, configured by e-mail, as an identity
 * provider's would be: naming someone a team's manager does not make them one.
 */
class LocalAccounts implements UserDetailsService {

    private final People people;
    private final Set<String> managers;
    private final LocalAccountsProperties properties;
    private final String passwordHash;
    private final RecentSignIns<String, LocalAccount> recent;

    /** The accounts, with the manager role for the people with these e-mails. */
    LocalAccounts(
            People people,
            Collection<String> managers,
            LocalAccountsProperties properties,
            PasswordEncoder encoder,
            RecentSignIns<String, LocalAccount> recent) {
        this.people = people;
        this.managers = managers.stream().map(LocalAccounts::normalised).collect(Collectors.toUnmodifiableSet());
        this.properties = properties;
        this.passwordHash = encoder.encode(properties.password());
        this.recent = recent;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (Boolean.FALSE.equals(properties.enabled())) {
            throw new UsernameNotFoundException("Local accounts are disabled");
        }
        var key = username.strip().toLowerCase(Locale.ROOT);
        return recent.signIn(key, () -> account(key));
    }

    private LocalAccount account(String key) {
        var email = properties.aliases().getOrDefault(key, key);
        var person = people.byEmail(email)
                .filter(Person::active)
                .orElseThrow(() -> new UsernameNotFoundException("No active person with that user name"));
        return new LocalAccount(person.id().value(), key, person.name(), passwordHash, rolesOf(person));
    }

    private EnumSet<Role> rolesOf(Person person) {
        var roles = EnumSet.of(Role.EMPLOYEE);
        if (managers.contains(person.email())) {
            roles.add(Role.MANAGER);
        }
        if (properties.hr().contains(person.email())) {
            roles.add(Role.HR);
        }
        if (properties.admins().contains(person.email())) {
            roles.add(Role.ADMIN);
        }
        return roles;
    }

    private static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
