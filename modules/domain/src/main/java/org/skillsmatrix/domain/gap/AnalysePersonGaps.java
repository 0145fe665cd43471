package org.skillsmatrix.domain.gap;

import jakarta.transaction.Transactional;
import java.util.List;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.base.NotFound;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.ReadOnly;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.profile.RoleProfiles;

/** Use case: a person's gaps against the role profile they are measured by. */
@Transactional
@ReadOnly
public class AnalysePersonGaps {

    private final People people;
    private final RoleProfiles profiles;
    private final Assessments assessments;
    private final Catalog catalog;
    private final AccessPolicy policy;

    public AnalysePersonGaps(
            People people, RoleProfiles profiles, Assessments assessments, Catalog catalog, AccessPolicy policy) {
        this.people = people;
        this.profiles = profiles;
        this.assessments = assessments;
        this.catalog = catalog;
        this.policy = policy;
    }

    public PersonGaps analyse(Actor actor, PersonId id) {
        policy.check(actor, new Action.ReadPerson(id));
        var person = people.byId(id).orElseThrow(() -> new NotFound("Person", id));
        if (person.roleProfile() == null) {
            return new PersonGaps(person, null, List.of());
        }
        var profile = profiles.byId(person.roleProfile()).orElse(null);
        if (profile == null) {
            return new PersonGaps(person, null, List.of());
        }
        return new PersonGaps(
                person, profile, GapAnalysis.againstProfile(profile, assessments.current(id), catalog.skills()));
    }
}
