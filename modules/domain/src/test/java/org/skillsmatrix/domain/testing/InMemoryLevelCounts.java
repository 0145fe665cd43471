package org.skillsmatrix.domain.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.report.LevelCounts;
import org.skillsmatrix.domain.report.LevelTally;

/** {@link LevelCounts} folded person by person from the in-memory assessments, as the port states it. */
public class InMemoryLevelCounts implements LevelCounts {

    private final Catalog catalog;
    private final People people;
    private final InMemoryAssessments assessments;

    public InMemoryLevelCounts(Catalog catalog, People people, InMemoryAssessments assessments) {
        this.catalog = catalog;
        this.people = people;
        this.assessments = assessments;
    }

    @Override
    public List<List<SkillLevelCounts>> startOf(List<LocalDate> days) {
        return days.stream().map(day -> before(LevelCounts.start(day))).toList();
    }

    /** The counts over the assessments made before {@code at}. */
    public List<SkillLevelCounts> before(Instant at) {
        return counted(assessment -> assessment.assessedAt().isBefore(at));
    }

    @Override
    public List<SkillLevelCounts> current() {
        return counted(assessment -> true);
    }

    private List<SkillLevelCounts> counted(Predicate<Assessment> made) {
        Map<SkillId, int[]> counts = new LinkedHashMap<>();
        catalog.skills().stream().filter(Skill::active).forEach(skill -> counts.put(skill.id(), new int[5]));
        for (var person : people.all()) {
            if (!person.active()) {
                continue;
            }
            var history = assessments.history(person.id()).reversed().stream()
                    .filter(made)
                    .toList();
            var skills = new HashSet<SkillId>();
            history.forEach(assessment -> skills.add(assessment.skill()));
            for (var skill : skills) {
                var tally = counts.get(skill);
                if (tally != null) {
                    CurrentRating.of(person.id(), skill, history).level().ifPresent(level -> tally[level.value()]++);
                }
            }
        }
        var result = new ArrayList<SkillLevelCounts>();
        counts.forEach((skill, tally) -> {
            if (tally[0] + tally[1] + tally[2] + tally[3] + tally[4] > 0) {
                result.add(
                        new SkillLevelCounts(skill, LevelTally.of(tally[0], tally[1], tally[2], tally[3], tally[4])));
            }
        });
        return result;
    }
}
