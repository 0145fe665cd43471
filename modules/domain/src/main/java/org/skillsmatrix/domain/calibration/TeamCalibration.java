package org.skillsmatrix.domain.calibration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.assessment.TeamMatrix;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;

/**
 * Where a team's self and manager ratings diverge by {@code threshold} levels or more: the divergences,
 * widest first, and a line per member over every skill both rated. Computed from the team matrix alone.
 */
public record TeamCalibration(
        TeamId team, int threshold, List<Divergence> divergences, List<PersonCalibration> people) {

    /** Two levels apart is where ratings stop being a matter of taste. */
    public static final int DEFAULT_THRESHOLD = 2;

    public TeamCalibration {
        divergences = List.copyOf(divergences);
        people = List.copyOf(people);
    }

    /**
     * Compares the current ratings of the matrix in the active skills given; retired skills and skills with
     * only one of the two ratings take no part.
     */
    public static TeamCalibration of(TeamMatrix matrix, Collection<Skill> skills, int threshold) {
        if (threshold < 1 || threshold > 4) {
            throw new InvalidInput("threshold", "calibration.threshold-out-of-range");
        }
        Set<SkillId> active =
                skills.stream().filter(Skill::active).map(Skill::id).collect(Collectors.toSet());
        Map<PersonId, int[]> sums = new HashMap<>();
        var divergences = new ArrayList<Divergence>();
        for (var rating : matrix.ratings()) {
            if (rating.self() == null || rating.manager() == null || !active.contains(rating.skill())) {
                continue;
            }
            var divergence = new Divergence(rating.person(), rating.skill(), rating.self(), rating.manager());
            var sum = sums.computeIfAbsent(rating.person(), person -> new int[3]);
            sum[0]++;
            sum[2] += divergence.difference();
            if (divergence.distance() >= threshold) {
                sum[1]++;
                divergences.add(divergence);
            }
        }
        Map<PersonId, Person> members =
                matrix.members().stream().collect(Collectors.toMap(Person::id, person -> person));
        Map<PersonId, Integer> order = new HashMap<>();
        for (int i = 0; i < matrix.members().size(); i++) {
            order.put(matrix.members().get(i).id(), i);
        }
        divergences.removeIf(divergence -> !members.containsKey(divergence.person()));
        divergences.sort(Comparator.comparingInt(Divergence::distance)
                .reversed()
                .thenComparing(divergence -> order.get(divergence.person())));
        var people = matrix.members().stream()
                .map(person -> {
                    var sum = sums.getOrDefault(person.id(), new int[3]);
                    return new PersonCalibration(person, sum[0], sum[1], sum[2]);
                })
                .toList();
        return new TeamCalibration(matrix.team(), threshold, divergences, people);
    }
}
