package org.skillsmatrix.domain.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.Wording;
import org.skillsmatrix.domain.catalog.DefaultCatalogTexts;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;
import org.skillsmatrix.domain.report.ReportHeader.Filter;
import org.skillsmatrix.domain.scale.Scale;

/**
 * Stamps reports with the time, the person exporting, the organisation's scale and the language they are written
 * in, and words what the domain says in a report (titles, filters, the what-if's sentences) in that language, from
 * the bundle {@value #BUNDLE}.
 */
final class Headers {

    static final String BUNDLE = "org.skillsmatrix.domain.report.texts";

    private final People people;
    private final Scale scale;
    private final Clock clock;
    private final Wording wording;
    private final DefaultCatalogTexts catalogTexts;

    Headers(People people, Scale scale, Clock clock) {
        this(people, scale, clock, Locale.ENGLISH);
    }

    private Headers(People people, Scale scale, Clock clock, Locale language) {
        this.people = people;
        this.scale = scale;
        this.clock = clock;
        this.wording = Wording.of(BUNDLE, language);
        this.catalogTexts = DefaultCatalogTexts.in(language);
    }

    /**
     * The same, for a report in the language asked for (English where the bundle has no file for it), the default
     * catalog's names in it too.
     */
    Headers in(Locale language) {
        return new Headers(people, scale, clock, language);
    }

    /** The default catalog's names and the scale's in the report's language, where they are as seeded. */
    DefaultCatalogTexts catalogTexts() {
        return catalogTexts;
    }

    ReportHeader header(Actor actor, String title, List<Filter> filters) {
        var by = people.byId(actor.person())
                .map(Person::name)
                .orElse(actor.person().toString());
        return new ReportHeader(
                title,
                filters,
                ZonedDateTime.now(clock),
                by,
                scale.levels().stream().map(catalogTexts::of).toList(),
                wording.language());
    }

    /** A text of the bundle in the report's language. */
    String text(String key, Object... arguments) {
        return wording.text(key, arguments);
    }

    /** A filter whose label is the bundle's {@code filter.<key>}. */
    Filter filter(String key, String value) {
        return new Filter(text("filter." + key), value);
    }

    String date(LocalDate day) {
        return wording.date(day);
    }

    /** What an organisation report says of its privacy threshold, on its cover. */
    Filter privacyFilter(PrivacyThreshold privacy) {
        int n = privacy.minimumGroup();
        return filter("privacy", text("filter.privacy.value", n - 1, n));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }
}
