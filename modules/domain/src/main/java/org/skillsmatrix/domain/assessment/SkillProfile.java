package org.skillsmatrix.domain.assessment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.people.Person;

/** A person's current ratings and their whole history, newest first. */
public record SkillProfile(Person person, List<CurrentRating> current, List<Assessment> history) {

    public SkillProfile {
        current = List.copyOf(current);
        history = List.copyOf(history);
    }

    public Map<SkillId, CurrentRating> currentBySkill() {
        return current.stream().collect(Collectors.toMap(CurrentRating::skill, Function.identity()));
    }

    public List<Assessment> historyOf(SkillId skill) {
        return history.stream().filter(a -> a.skill().equals(skill)).toList();
    }
}
