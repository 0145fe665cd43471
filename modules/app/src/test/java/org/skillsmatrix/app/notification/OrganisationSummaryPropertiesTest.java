package org.skillsmatrix.app.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.notification.OrganisationSummaryRules;
import org.skillsmatrix.domain.notification.SummaryPeriod;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The organisation summary's settings as an operator writes them: off unless turned on, then with its recipients. */
class OrganisationSummaryPropertiesTest {

    @Test
    void unsetTheSummaryIsOffAndMonthly() {
        assertThat(bind(Map.of()).rules().summary()).isEqualTo(OrganisationSummaryRules.off());
    }

    @Test
    void turnedOnItGoesWeeklyOrMonthlyToTheEmailsNamedAsStored() {
        var summary = bind(Map.of(
                        "skills-matrix.reminders.organisation-summary.enabled", "true",
                        "skills-matrix.reminders.organisation-summary.period", "weekly",
                        "skills-matrix.reminders.organisation-summary.recipients",
                                "Hannah.Ruiz@example.com, hr-lead@example.com"))
                .rules()
                .summary();

        assertThat(summary)
                .isEqualTo(new OrganisationSummaryRules(
                        true, SummaryPeriod.WEEKLY, List.of("hannah.ruiz@example.com", "hr-lead@example.com")));
    }

    @Test
    void turnedOnWithoutRecipientsTheOperatorIsToldWhichSettingToSet() {
        var properties = bind(Map.of("skills-matrix.reminders.organisation-summary.enabled", "true"));

        assertThatThrownBy(properties::rules)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("skills-matrix.reminders.organisation-summary.recipients");
    }

    @Test
    void theEnvironmentVariablesOperationsMdNamesTurnItOn() {
        var environment = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of(
                        "SKILLS_MATRIX_REMINDERS_ORGANISATION_SUMMARY_ENABLED", "true",
                        "SKILLS_MATRIX_REMINDERS_ORGANISATION_SUMMARY_PERIOD", "WEEKLY",
                        "SKILLS_MATRIX_REMINDERS_ORGANISATION_SUMMARY_RECIPIENTS", "hannah.ruiz@example.com"));

        var summary = new Binder(ConfigurationPropertySources.from(environment))
                .bindOrCreate("skills-matrix.reminders", ReminderProperties.class)
                .rules()
                .summary();

        assertThat(summary)
                .isEqualTo(
                        new OrganisationSummaryRules(true, SummaryPeriod.WEEKLY, List.of("hannah.ruiz@example.com")));
    }

    private static ReminderProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("skills-matrix.reminders", ReminderProperties.class);
    }
}
