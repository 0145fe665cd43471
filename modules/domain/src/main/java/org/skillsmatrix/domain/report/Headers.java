package org.skillsmatrix.domain.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;
import org.skillsmatrix.domain.report.ReportHeader.Filter;
import org.skillsmatrix.domain.scale.Scale;

/** Stamps reports with the time, the person exporting, and the organisation's scale. */
final class Headers {

    private final People people;
    private final Scale scale;
    private final Clock clock;

    Headers(People people, Scale scale, Clock clock) {
        this.people = people;
        this.scale = scale;
        this.clock = clock;
    }

    ReportHeader header(Actor actor, String title, List<Filter> filters) {
        var by = people.byId(actor.person())
                .map(Person::name)
                .orElse(actor.person().toString());
        return new ReportHeader(title, filters, ZonedDateTime.now(clock), by, scale.levels());
    }

    /** What an organisation report says of its privacy threshold, on its cover. */
    static Filter privacyFilter(PrivacyThreshold privacy) {
        int n = privacy.minimumGroup();
        return new Filter(
                "Privacy",
                "a count of 1 to " + (n - 1) + " people is shown as \"fewer than " + n
                        + "\", and so is every total it is part of; named people are shown to those who may read them");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }
}
