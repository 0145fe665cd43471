package org.skillsmatrix.domain.access;

import java.util.Set;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.TeamId;

/** Port: who manages whom, as the access policy needs to know it. */
public interface ManagementRelations {

    /** Whether {@code manager} manages a team that {@code person} is a member of. */
    boolean manages(PersonId manager, PersonId person);

    /** Whether {@code manager} is a manager of {@code team}. */
    boolean managesTeam(PersonId manager, TeamId team);

    /** The people {@code manager} {@linkplain #manages manages}: the members of every team they manage. */
    Set<PersonId> managedPeople(PersonId manager);
}
