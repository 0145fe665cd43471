package org.skillsmatrix.domain.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.AssessmentKey;
import org.skillsmatrix.domain.assessment.AssessmentOrder;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.HistoryFilter;
import org.skillsmatrix.domain.base.Page;
import org.skillsmatrix.domain.base.PageRequest;
import org.skillsmatrix.domain.base.PersonId;

/**
 * {@link Assessments} in memory: a list that only grows. Current ratings are folded with {@link
 * CurrentRating#of}; of two ratings made at the same instant, the one appended later counts as newer.
 */
public class InMemoryAssessments implements Assessments {

    private final List<Assessment> appended = new ArrayList<>();

    @Override
    public synchronized void append(Assessment assessment) {
        appended.add(assessment);
    }

    @Override
    public synchronized void appendAll(Collection<Assessment> assessments) {
        appended.addAll(List.copyOf(assessments));
    }

    @Override
    public synchronized List<Assessment> history(PersonId person) {
        return appended.reversed().stream()
                .filter(assessment -> assessment.person().equals(person))
                .sorted(Comparator.comparing(Assessment::assessedAt).reversed())
                .toList();
    }

    /** The history, filtered, sorted stably by the key from its usual order, so that ties keep that order. */
    @Override
    public synchronized Page<Assessment> history(
            PersonId person, HistoryFilter filter, PageRequest<AssessmentOrder> request) {
        Comparator<Assessment> key = switch (request.sortBy()) {
            case ASSESSED_AT -> Comparator.comparing(Assessment::assessedAt);
            case LEVEL -> Comparator.comparing(Assessment::level);
        };
        var sorted = history(person).stream()
                .filter(filter::test)
                .sorted(request.descending() ? key.reversed() : key)
                .toList();
        return Page.of(sorted, request);
    }

    @Override
    public synchronized List<Assessment> givenBy(PersonId assessor) {
        return appended.reversed().stream()
                .filter(assessment -> assessment.assessor().equals(assessor)
                        && !assessment.person().equals(assessor))
                .sorted(Comparator.comparing(Assessment::assessedAt).reversed())
                .toList();
    }

    /** One entry per skill the person was rated on, in the order the skills were first rated. */
    @Override
    public synchronized List<CurrentRating> current(PersonId person) {
        var history = appended.stream().filter(a -> a.person().equals(person)).toList();
        var skills = new LinkedHashSet<>(history.stream().map(Assessment::skill).toList());
        return skills.stream()
                .map(skill -> CurrentRating.of(person, skill, history))
                .toList();
    }

    /** The current ratings of the given people, for the in-memory read models. */
    public synchronized List<CurrentRating> current(Collection<PersonId> people) {
        return people.stream().flatMap(person -> current(person).stream()).toList();
    }

    @Override
    public synchronized long count() {
        return appended.size();
    }

    @Override
    public synchronized Set<AssessmentKey> stored(Collection<AssessmentKey> keys) {
        var all = appended.stream().map(Assessment::key).collect(Collectors.toSet());
        return keys.stream().filter(all::contains).collect(Collectors.toUnmodifiableSet());
    }
}
