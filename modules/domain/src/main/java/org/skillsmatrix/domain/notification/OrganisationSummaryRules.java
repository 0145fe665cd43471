package org.skillsmatrix.domain.notification;

import java.util.List;
import java.util.Objects;
import org.skillsmatrix.domain.people.Person;

/**
 * Whether and to whom HR's periodic organisation summary goes out.
 *
 * @param enabled off by default
 * @param period once a week or once a month
 * @param recipients the e-mails of the people who receive it, as stored for them; whoever has left or is not stored
 *     receives nothing
 */
public record OrganisationSummaryRules(boolean enabled, SummaryPeriod period, List<String> recipients) {

    public static final SummaryPeriod DEFAULT_PERIOD = SummaryPeriod.MONTHLY;

    public OrganisationSummaryRules {
        Objects.requireNonNull(period, "period");
        recipients = recipients.stream().map(Person::normalisedEmail).distinct().toList();
        if (enabled && recipients.isEmpty()) {
            throw new IllegalArgumentException("The organisation summary is on but names no recipient");
        }
    }

    public static OrganisationSummaryRules off() {
        return new OrganisationSummaryRules(false, DEFAULT_PERIOD, List.of());
    }
}
