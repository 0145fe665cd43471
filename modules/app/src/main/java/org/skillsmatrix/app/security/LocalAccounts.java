package org.skillsmatrix.app.security;

import java.util.EnumSet;
import java.util.Locale;
import org.skillsmatrix.domain.access.Role;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.Teams;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs in the people of the organisation by e-mail (or a configured alias) with the shared demo password.
 * Everyone is an employee; whoever manages a team is a manager; HR and admins are configured by e-mail.
 */
class LocalAccounts implements UserDetailsService {

    private final People people;
    private final Teams teams;
    private final LocalAccountsProperties properties;
    private final String passwordHash;

    LocalAccounts(People people, Teams teams, LocalAccountsProperties properties, PasswordEncoder encoder) {
        this.people = people;
        this.teams = teams;
        this.properties = properties;
        this.passwordHash = encoder.encode(properties.password());
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (Boolean.FALSE.equals(properties.enabled())) {
            throw new UsernameNotFoundException("Local accounts are disabled");
        }
        var key = username.strip().toLowerCase(Locale.ROOT);
        var email = properties.aliases().getOrDefault(key, key);
        var person = people.byEmail(email)
                .filter(Person::active)
                .orElseThrow(() -> new UsernameNotFoundException("No active person with that user name"));
        return new LocalAccount(person.id().value(), key, person.name(), passwordHash, rolesOf(person));
    }

    private EnumSet<Role> rolesOf(Person person) {
        var roles = EnumSet.of(Role.EMPLOYEE);
        if (!teams.managedBy(person.id()).isEmpty()) {
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
}
