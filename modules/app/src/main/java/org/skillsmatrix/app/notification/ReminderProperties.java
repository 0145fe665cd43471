package org.skillsmatrix.app.notification;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.notification.ReminderRules;
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
 */
@ConfigurationProperties("skills-matrix.reminders")
public record ReminderProperties(
        @Nullable String schedule,
        @Nullable Integer goalDueWithin,
        @Nullable Duration validationWait,
        @Nullable URI baseUrl,
        @Nullable String mailFrom) {

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
    }

    public ReminderRules rules() {
        return new ReminderRules(goalDueWithin(), validationWait());
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
