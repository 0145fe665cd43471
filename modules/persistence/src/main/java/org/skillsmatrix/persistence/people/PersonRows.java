package org.skillsmatrix.persistence.people;

import static org.skillsmatrix.persistence.base.JdbcValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.people.Person;

/**
 * A person read by SQL rather than through JPA, from the columns {@code person_id, name, email, subject,
 * role_profile_id, active, version} of a read model's row.
 */
public final class PersonRows {

    private PersonRows() {}

    public static Person person(ResultSet rs) throws SQLException {
        var profile = rs.getObject("role_profile_id", UUID.class);
        return new Person(
                new PersonId(uuid(rs, "person_id")),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("subject"),
                profile == null ? null : new RoleProfileId(profile),
                rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
