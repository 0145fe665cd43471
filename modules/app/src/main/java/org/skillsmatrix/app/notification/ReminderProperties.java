package org.skillsmatrix.app.notification;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.notification.OrganisationSummaryRules;
import org.skillsmatrix.domain.notification.ReminderRules;
import org.skillsmatrix.domain.notification.SummaryPeriod;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reminders ({@code skills-matrix.reminders.*}).
 *
 * @param schedule when the reminders run, a cron expression in UTC (default every day at 06:00); "-" turns the
 *     schedule off (an admin can still run them on demand)
 * @param goalDueWithin a learner is reminded of a development goal due within this many days (default 14)
 * @param validationWait a self-rating waiting longer than this goes into its managers' weekly digest (default 7 days)
 * @param baseUrl the address people reach the application at, for the links in e-mails (default
 *     http://localhost:8080)
 * @param mailFrom the sender of the e-mails (default skills-matrix@localhost)
 * @param organisationSummary HR's periodic organisation summary (default off)
 */
@ConfigurationProperties("skills-matrix.reminders")
public record ReminderProperties(
        @Nullable String schedule,
        @Nullable Integer goalDueWithin,
        @Nullable Duration validationWait,
        @Nullable URI baseUrl,
        @Nullable String mailFrom,
        @Nullable OrganisationSummary organisationSummary) {

    public static final String DEFAULT_SCHEDULE = "0 0 6 * * *";

    public ReminderProperties {
        schedule = schedule == null || schedule.isBlank() ? DEFAULT_SCHEDULE : schedule;
        goalDueWithin = goalDueWithin == null ? ReminderRules.DEFAULT_GOAL_DUE_WITHIN : goalDueWithin;
        validationWait = validationWait == null ? ReminderRules.DEFAULT_VALIDATION_WAIT : validationWait;
        baseUrl = baseUrl == null ? URI.create("http://localhost:8080") : baseUrl;
        if (!baseUrl.isAbsolute()) {
            throw new IllegalArgumentException(
                    "skills-matrix.reminders.base-url must be an absolute address such as https://skills.example.com,"
                            + " not " + baseUrl);
        }
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "skills-matrix@localhost" : mailFrom;
        organisationSummary =
                organisationSummary == null ? new OrganisationSummary(null, null, null) : organisationSummary;
    }

    /**
     * HR's organisation summary ({@code skills-matrix.reminders.organisation-summary.*}).
     *
     * @param enabled whether it goes out at all (default false)
     * @param period WEEKLY (once per ISO week) or MONTHLY (once per calendar month, the default)
     * @param recipients the e-mails of the people who receive it, as stored for them; required when it is on
     */
    public record OrganisationSummary(
            @Nullable Boolean enabled,
            @Nullable SummaryPeriod period,
            @Nullable List<String> recipients) {

        public OrganisationSummaryRules rules() {
            var on = Boolean.TRUE.equals(enabled);
            var names = recipients == null ? List.<String>of() : recipients;
            if (on && names.stream().allMatch(String::isBlank)) {
                throw new IllegalArgumentException(
                        "skills-matrix.reminders.organisation-summary.recipients must name the e-mails of the people"
                                + " who receive the organisation summary, such as hr@example.com, while it is enabled");
            }
            return new OrganisationSummaryRules(
                    on,
                    period == null ? OrganisationSummaryRules.DEFAULT_PERIOD : period,
                    names.stream().filter(name -> !name.isBlank()).toList());
        }
    }

    public ReminderRules rules() {
        return new ReminderRules(
                goalDueWithin(),
                validationWait(),
                Objects.requireNonNull(organisationSummary).rules());
    }

    @Override
    public String schedule() {
        return Objects.requireNonNull(schedule);
    }

    @Override
    public Integer goalDueWithin() {
        return Objects.requireNonNull(goalDueWithin);
    }

    @Override
    public Duration validationWait() {
        return Objects.requireNonNull(validationWait);
    }

    @Override
    public URI baseUrl() {
        return Objects.requireNonNull(baseUrl);
    }

    @Override
    public String mailFrom() {
        return Objects.requireNonNull(mailFrom);
    }

    /** The absolute address of a path within the application. */
    public String link(String path) {
        var base = baseUrl().toString();
        return (base.endsWith("/") ? base : base + "/") + path;
    }
}
