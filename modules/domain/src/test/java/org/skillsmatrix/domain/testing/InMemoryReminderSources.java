package org.skillsmatrix.domain.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.skillsmatrix.domain.notification.ReminderSources;
import org.skillsmatrix.domain.notification.WaitingSelfRating;
import org.skillsmatrix.domain.people.People;

/** {@link ReminderSources} over the in-memory history: self-ratings of active people no manager has rated. */
public class InMemoryReminderSources implements ReminderSources {

    private final InMemoryAssessments assessments;
    private final People people;

    public InMemoryReminderSources(InMemoryAssessments assessments, People people) {
        this.assessments = assessments;
        this.people = people;
    }

    @Override
    public List<WaitingSelfRating> selfRatingsWaitingSince(Instant before) {
        var waiting = new ArrayList<WaitingSelfRating>();
        for (var person : people.all()) {
            if (!person.active()) {
                continue;
            }
            for (var rating : assessments.current(person.id())) {
                var self = rating.self();
                if (rating.manager() == null && self != null && self.at().isBefore(before)) {
                    waiting.add(new WaitingSelfRating(rating.person(), rating.skill(), self.at()));
                }
            }
        }
        return List.copyOf(waiting);
    }
}
