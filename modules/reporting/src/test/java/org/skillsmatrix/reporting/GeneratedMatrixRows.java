package org.skillsmatrix.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.demo.DemoOrganisation;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.Rating;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.report.MatrixRows;
import org.skillsmatrix.domain.scale.Interest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.team.Team;

/**
 * {@link MatrixRows} over a generated organisation too large to keep its assessments as objects: the current
 * ratings are folded as they are generated into a few bytes per person and skill (about 25 MB for 10,000
 * people and 200 skills), and each row is built only when it is streamed, as a database cursor would.
 */
final class GeneratedMatrixRows implements MatrixRows {

    private static final Comparator<Person> BY_NAME =
            Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Person::email);

    private final Map<TeamId, Team> teams = new HashMap<>();
    private final Map<PersonId, Integer> personIndex = new HashMap<>();
    private final List<Person> people;
    private final Map<SkillId, Integer> skillIndex = new HashMap<>();
    private final List<SkillId> skills;
    private final byte[] self;
    private final byte[] manager;
    private final byte[] interest;
    private final int[] selfAt;
    private final int[] managerAt;

    GeneratedMatrixRows(DemoOrganisation organisation, List<Skill> ratedSkills) {
        organisation.teams().forEach(team -> teams.put(team.id(), team));
        people = organisation.people();
        for (int p = 0; p < people.size(); p++) {
            personIndex.put(people.get(p).id(), p);
        }
        skills = ratedSkills.stream().map(Skill::id).toList();
        for (int s = 0; s < skills.size(); s++) {
            skillIndex.put(skills.get(s), s);
        }
        int cells = people.size() * skills.size();
        self = filled(cells);
        manager = filled(cells);
        interest = new byte[cells];
        selfAt = new int[cells];
        managerAt = new int[cells];
        organisation.forEachAssessment(this::fold);
    }

    /** Keeps the newest self and manager rating per cell; of two at the same minute, the later generated. */
    private void fold(Assessment assessment) {
        var s = skillIndex.get(assessment.skill());
        if (s == null) {
            return;
        }
        int cell = personIndex.get(assessment.person()) * skills.size() + s;
        int minute = (int) (assessment.assessedAt().getEpochSecond() / 60);
        byte level = (byte) assessment.level().value();
        if (assessment.source() == Source.SELF) {
            if (self[cell] < 0 || minute >= selfAt[cell]) {
                self[cell] = level;
                selfAt[cell] = minute;
                interest[cell] = (byte) assessment.interest().ordinal();
            }
        } else if (manager[cell] < 0 || minute >= managerAt[cell]) {
            manager[cell] = level;
            managerAt[cell] = minute;
        }
    }

    @Override
    public void forEach(List<TeamId> wanted, Consumer<MemberRatings> row) {
        for (var id : wanted) {
            var team = teams.get(id);
            if (team == null) {
                continue;
            }
            team.members().stream()
                    .map(member -> people.get(personIndex.get(member)))
                    .filter(Person::active)
                    .sorted(BY_NAME)
                    .forEach(person -> row.accept(new MemberRatings(id, person, ratings(person))));
        }
    }

    private List<CurrentRating> ratings(Person person) {
        int first = personIndex.get(person.id()) * skills.size();
        var ratings = new ArrayList<CurrentRating>();
        for (int s = 0; s < skills.size(); s++) {
            int cell = first + s;
            if (self[cell] < 0 && manager[cell] < 0) {
                continue;
            }
            ratings.add(new CurrentRating(
                    person.id(),
                    skills.get(s),
                    rating(self[cell], selfAt[cell]),
                    rating(manager[cell], managerAt[cell]),
                    self[cell] < 0 ? null : Interest.values()[interest[cell]]));
        }
        return ratings;
    }

    private static @Nullable Rating rating(byte level, int minute) {
        return level < 0 ? null : new Rating(Level.of(level), Instant.ofEpochSecond(minute * 60L));
    }

    private static byte[] filled(int cells) {
        var bytes = new byte[cells];
        Arrays.fill(bytes, (byte) -1);
        return bytes;
    }
}
