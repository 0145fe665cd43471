package org.skillsmatrix.domain.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.certification.Certificate;
import org.skillsmatrix.domain.notification.ReminderSources;
import org.skillsmatrix.domain.notification.StaleRating;
import org.skillsmatrix.domain.notification.WaitingSelfRating;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;

/** {@link ReminderSources} over the in-memory history and certificates, for active people only. */
public class InMemoryReminderSources implements ReminderSources {

    private final InMemoryAssessments assessments;
    private final InMemoryCertificates certificates;
    private final Catalog catalog;
    private final People people;

    public InMemoryReminderSources(
            InMemoryAssessments assessments, InMemoryCertificates certificates, Catalog catalog, People people) {
        this.assessments = assessments;
        this.certificates = certificates;
        this.catalog = catalog;
        this.people = people;
    }

    @Override
    public List<WaitingSelfRating> selfRatingsWaitingSince(Instant before) {
        var waiting = new ArrayList<WaitingSelfRating>();
        for (var person : active()) {
            for (var rating : assessments.current(person.id())) {
                var self = rating.self();
                if (rating.manager() == null && self != null && self.at().isBefore(before)) {
                    waiting.add(new WaitingSelfRating(rating.person(), rating.skill(), self.at()));
                }
            }
        }
        return List.copyOf(waiting);
    }

    @Override
    public List<StaleRating> ratingsStatedBefore(Instant cutoff) {
        var stale = new ArrayList<StaleRating>();
        for (var person : active()) {
            for (var rating : assessments.current(person.id())) {
                var retired = catalog.skill(rating.skill()).map(Skill::retired).orElse(true);
                var rated = rating.level().filter(level -> level != Level.NONE).isPresent();
                var stated = rating.confirmedAt();
                if (!retired && rated && stated.isPresent() && stated.get().isBefore(cutoff)) {
                    stale.add(new StaleRating(rating.person(), rating.skill()));
                }
            }
        }
        return List.copyOf(stale);
    }

    @Override
    public List<Certificate> latestCertificatesExpiring(LocalDate first, LocalDate last) {
        var all = certificates.of(active().stream().map(Person::id).toList());
        return all.stream()
                .filter(certificate -> all.stream()
                        .noneMatch(other -> other.person().equals(certificate.person())
                                && other.certification().equals(certificate.certification())
                                && other.expires().isAfter(certificate.expires())))
                .filter(certificate -> !certificate.expires().isBefore(first)
                        && !certificate.expires().isAfter(last))
                .sorted(Comparator.comparing(Certificate::expires))
                .toList();
    }

    private List<Person> active() {
        return people.all().stream().filter(Person::active).toList();
    }
}
