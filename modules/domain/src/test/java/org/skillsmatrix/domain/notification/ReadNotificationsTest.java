package org.skillsmatrix.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;

import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.InvalidInput;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.testing.TestOrganisation;

class ReadNotificationsTest {

    final TestOrganisation org = new TestOrganisation();
    final Person ada = org.person("Ada Lovelace");

    @Test
    void choosingALanguageKeepsWhetherThePersonIsEmailed() {
        org.readNotifications.save(employee(ada), false, null);

        org.readNotifications.chooseLanguage(employee(ada), "de");

        assertThat(org.readNotifications.settings(employee(ada)))
                .isEqualTo(new NotificationSettings(ada.id(), false, "de"));
    }

    @Test
    void choosingNoLanguageLeavesItToTheBrowserAgain() {
        org.readNotifications.chooseLanguage(employee(ada), "de");

        org.readNotifications.chooseLanguage(employee(ada), null);

        assertThat(org.readNotifications.settings(employee(ada)).language()).isNull();
    }

    @Test
    void aLanguageThatIsNoLanguageCodeIsRefusedAndNothingChanges() {
        org.readNotifications.chooseLanguage(employee(ada), "de");

        assertThatThrownBy(() -> org.readNotifications.chooseLanguage(employee(ada), "Deutsch"))
                .isInstanceOf(InvalidInput.class);
        assertThat(org.readNotifications.settings(employee(ada)).language()).isEqualTo("de");
    }
}
