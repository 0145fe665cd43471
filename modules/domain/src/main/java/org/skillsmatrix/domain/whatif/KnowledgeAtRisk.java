package org.skillsmatrix.domain.whatif;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.base.TeamId;
import org.skillsmatrix.domain.gap.CriticalHolding;

/** The people whose leaving would cost the most, ranked, and the names of the teams their targets belong to. */
public record KnowledgeAtRisk(List<PersonAtRisk> people, Map<TeamId, String> teams) {

    public KnowledgeAtRisk {
        people = List.copyOf(people);
        teams = Map.copyOf(teams);
    }

    /**
     * Everyone who holds a target with nobody to spare or holds a skill alone, {@linkplain
     * PersonAtRisk#MOST_AT_RISK_FIRST most at risk first}.
     *
     * @param names the people's names; a person missing here is named by their id
     */
    public static List<PersonAtRisk> ranked(
            List<CriticalHolding> holdings, Map<PersonId, List<SkillId>> soleHeld, Map<PersonId, String> names) {
        var byPerson = holdings.stream().collect(Collectors.groupingBy(CriticalHolding::person));
        return people(holdings, soleHeld).stream()
                .map(id -> new PersonAtRisk(
                        id,
                        names.getOrDefault(id, id.toString()),
                        byPerson.getOrDefault(id, List.of()),
                        soleHeld.getOrDefault(id, List.of())))
                .sorted(PersonAtRisk.MOST_AT_RISK_FIRST)
                .toList();
    }

    /** Who would be at risk, for {@link #ranked}: the holders of targets and the people holding skills alone. */
    public static Set<PersonId> people(List<CriticalHolding> holdings, Map<PersonId, List<SkillId>> soleHeld) {
        var everyone = new HashSet<PersonId>();
        holdings.forEach(holding -> everyone.add(holding.person()));
        everyone.addAll(soleHeld.keySet());
        return everyone;
    }
}
