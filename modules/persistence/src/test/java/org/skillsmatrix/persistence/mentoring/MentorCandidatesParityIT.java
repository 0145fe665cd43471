package org.skillsmatrix.persistence.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.base.RoleProfileId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.mentoring.LearningNeed;
import org.skillsmatrix.domain.mentoring.MentorCandidate;
import org.skillsmatrix.domain.mentoring.MentorCandidates;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.profile.RoleProfile;
import org.skillsmatrix.domain.profile.RoleProfiles;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.domain.testing.InMemoryMentorCandidates;
import org.skillsmatrix.persistence.SharedDataPersistenceIT;
import org.skillsmatrix.persistence.fixture.GeneratedOrganisation;
import org.skillsmatrix.persistence.fixture.Unique;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SQL reads mentor pairing starts from agree with the in-memory reference on a generated organisation, where a
 * third of the people are measured by a role profile and one key skill is retired after it was rated.
 */
class MentorCandidatesParityIT extends SharedDataPersistenceIT {

    static final long SEED = 20261202L;

    @Autowired
    MentorCandidates candidates;

    @Autowired
    Catalog catalog;

    @Autowired
    People people;

    @Autowired
    Teams teams;

    @Autowired
    TeamTargets targets;

    @Autowired
    RoleProfiles profiles;

    @Autowired
    Assessments assessments;

    GeneratedOrganisation organisation;
    InMemoryMentorCandidates reference;

    @BeforeAll
    void storeAGeneratedOrganisation() {
        var category = catalog.categories().getFirst();
        var retiring =
                catalog.add(new Skill(SkillId.random(), category.id(), Unique.name("Retiring"), null, 999, false, 0));
        // The default catalog's skills alone (name-based ids): skills other tests add to the shared catalog would
        // otherwise change which skills the generated organisation rates and measures against the role profile.
        var skills = catalog.skills().stream()
                .filter(skill -> skill.id().value().version() == 5 && !skill.retired())
                .toList();
        var keySkills = List.of(retiring.id(), skills.get(0).id(), skills.get(5).id());
        organisation = GeneratedOrganisation.generate(
                catalog.categories(), skills, keySkills, SEED, Instant.parse("2026-03-01T00:00:00Z"));
        organisation.storeIn(people, teams, targets, assessments);
        var expectations = new HashMap<SkillId, Level>();
        for (int i = 0; i < 12; i++) {
            expectations.put(skills.get(i).id(), Level.of(1 + i % 4));
        }
        expectations.put(retiring.id(), Level.EXPERT);
        var profile = profiles.add(new RoleProfile(RoleProfileId.random(), Unique.name("Engineer"), expectations, 0));
        var everyThird = IntStream.range(0, organisation.people().size())
                .filter(index -> index % 3 == 0)
                .mapToObj(organisation.people()::get);
        everyThird.forEach(person -> {
            var stored = people.byId(person.id()).orElseThrow();
            people.update(stored.with(stored.name(), stored.email(), profile.id()));
        });
        catalog.update(retiring.retire());
        var ratings = organisation.currentRatings();
        reference = new InMemoryMentorCandidates(
                catalog,
                teams,
                people,
                targets,
                profiles,
                ids -> ratings.stream()
                        .filter(rating -> ids.contains(rating.person()))
                        .toList());
    }

    @Test
    void theOrganisationsNeedsAreTheReferences() {
        var all = candidates.needs();

        assertThat(all).containsExactlyInAnyOrderElementsOf(reference.needs());
        assertThat(candidates.wishesToGrow())
                .as("the ratings that want to grow")
                .isEqualTo(reference.wishesToGrow());
        assertThat(all).anyMatch(need -> need.targetLevel() != null && need.holders() < need.required());
        assertThat(all).anyMatch(need -> need.profileLevel() != null && need.targetLevel() == null);
        assertThat(all).anyMatch(need -> need.holders() == 1);
    }

    @Test
    void theMentorsOfSomeSkillsAreTheReferences() {
        var skills = catalog.skills().stream().limit(8).map(Skill::id).collect(Collectors.toSet());
        var retired = catalog.skills().stream()
                .filter(Skill::retired)
                .map(Skill::id)
                .findFirst()
                .orElseThrow();
        var asked = new java.util.HashMap<SkillId, Level>();
        var levels = List.of(Level.HOLDS_SKILL, Level.EXPERT, Level.AWARENESS);
        int i = 0;
        for (var skill : skills) {
            asked.put(skill, levels.get(i++ % levels.size()));
        }
        asked.put(retired, Level.HOLDS_SKILL);

        var mentors = candidates.mentors(asked);

        assertThat(mentors).containsExactlyInAnyOrderElementsOf(reference.mentors(asked));
        assertThat(mentors).isNotEmpty().noneMatch(mentor -> mentor.skill().equals(retired));
        assertThat(mentors).anyMatch(mentor -> mentor.teams().size() > 0);
        assertThat(mentors.stream().map(MentorCandidate::person).distinct())
                .allMatch(id -> people.byId(id).map(Person::active).orElse(false));
        assertThat(mentors)
                .allMatch(mentor -> mentor.level().isAtLeast(asked.get(mentor.skill())))
                .anyMatch(mentor -> mentor.level() == Level.EXPERT && asked.get(mentor.skill()) == Level.EXPERT)
                .noneMatch(mentor -> !mentor.level().isAtLeast(Level.HOLDS_SKILL));
        assertThat(candidates.mentors(Map.of())).isEmpty();
    }

    @Test
    void aNeedIsBelowItsGoal() {
        assertThat(candidates.needs()).allMatch(need -> !need.level().isAtLeast(need.goal()));
        assertThat(candidates.needs().stream().map(LearningNeed::learner).distinct())
                .allMatch(id -> people.byId(id).map(Person::active).orElse(false));
    }
}
