package org.skillsmatrix.domain.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.report.trend.TargetHolders;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;

/** {@link TargetHolders} folded member by member from the in-memory assessments, as the port states it. */
public class InMemoryTargetHolders implements TargetHolders {

    private final Catalog catalog;
    private final People people;
    private final Teams teams;
    private final TeamTargets targets;
    private final InMemoryAssessments assessments;

    public InMemoryTargetHolders(
            Catalog catalog, People people, Teams teams, TeamTargets targets, InMemoryAssessments assessments) {
        this.catalog = catalog;
        this.people = people;
        this.teams = teams;
        this.targets = targets;
        this.assessments = assessments;
    }

    @Override
    public List<List<TargetHolding>> startOf(List<LocalDate> days) {
        return days.stream()
                .map(day -> before(day.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .toList();
    }

    @Override
    public List<TargetHolding> current() {
        return before(Instant.MAX);
    }

    private List<TargetHolding> before(Instant at) {
        var holdings = new ArrayList<TargetHolding>();
        for (var target : targets.all()) {
            var skill = catalog.skill(target.skill());
            var team = teams.byId(target.team());
            if (skill.isEmpty() || !skill.get().active() || team.isEmpty()) {
                continue;
            }
            int holders = 0;
            for (var member : team.get().members()) {
                if (people.byId(member).filter(Person::active).isEmpty()) {
                    continue;
                }
                var made = assessments.history(member).reversed().stream()
                        .filter(assessment -> assessment.skill().equals(target.skill()))
                        .filter(assessment -> assessment.assessedAt().isBefore(at))
                        .toList();
                var level = CurrentRating.of(member, target.skill(), made).level();
                if (level.isPresent() && level.get().isAtLeast(target.level())) {
                    holders++;
                }
            }
            holdings.add(new TargetHolding(target.team(), target.skill(), target.headcount(), holders));
        }
        return holdings;
    }
}
