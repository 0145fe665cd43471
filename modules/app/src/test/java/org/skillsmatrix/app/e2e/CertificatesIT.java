package org.skillsmatrix.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.skillsmatrix.app.e2e.Browsing.button;
import static org.skillsmatrix.app.e2e.Browsing.open;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.demo.DemoPeople;

/**
 * Certificates and reminders in a real browser on the demo organisation: Noah records a certificate that expires in
 * three weeks, his manager verifies it on his profile and makes it a certification target of his team, which it
 * meets; the reminders, run by an admin, put the expiry in Noah's notifications and in his manager's, and marking
 * them read empties the bell. Screenshots for the user guide on the way.
 */
class CertificatesIT extends InChromium {

    private static final String CERTIFICATION = "CompTIA Security+";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void a_recorded_certificate_is_verified_counted_by_a_team_target_and_its_expiry_reminded() {
        var base = base();
        var noah = person(DemoPeople.EMPLOYEE);
        var payments = payments();
        var today = LocalDate.now(ZoneId.of("Europe/Berlin"));

        var employee = signedIn("employee", noah.name());
        employee.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My profile"))
                .click();
        employee.locator("#certificate-record").click();
        employee.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Certification"))
                .fill(CERTIFICATION);
        employee.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(CERTIFICATION))
                .click();
        type(employee.locator("#certificate-issued input"), today.minusYears(2));
        type(employee.locator("#certificate-expires input"), today.plusDays(21));
        employee.locator("#certificate-save").click();
        var held = employee.locator("#certificates-grid");
        assertThat(held).containsText(CERTIFICATION);
        assertThat(held).containsText("Expiring in");
        assertThat(held).containsText("Not verified");
        screenshots.save(employee, "30-certificates");

        var manager = signedIn("manager", "Maya Schmidt");
        open(manager, base, "profile/" + noah.id());
        button(manager, "Verify the certificate " + CERTIFICATION).click();
        assertThat(manager.locator("#certificates-grid")).containsText("Verified by a manager");

        open(manager, base, "gaps/" + payments.id());
        manager.locator("#add-certification-target").click();
        var dialog = manager.locator("#certification-target-dialog");
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Certification"))
                .fill(CERTIFICATION);
        manager.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(CERTIFICATION))
                .click();
        dialog.locator("vaadin-integer-field input").fill("1");
        button(manager, "Save").click();
        var targets = manager.locator("#certification-targets");
        // the certification, holders needed, valid now, only expired, met (escaped for the browser's JavaScript)
        var met = targets.getByRole(
                AriaRole.ROW,
                new Locator.GetByRoleOptions().setName(Pattern.compile("^CompTIA Security\\+ 1 1 0 Met ")));
        assertThat(met).isVisible();
        screenshots.save(manager, manager.locator("#certification-targets-section"), "31-certification-targets");
        button(manager, "Remove the target for " + CERTIFICATION).click();
        manager.locator("#remove-certification-target-dialog")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove"))
                .click();
        assertThat(met).hasCount(0);
        assertThat(manager.getByText("The team has set no certification targets."))
                .isVisible();

        var admin = signedIn("admin", "Adam Novak");
        open(admin, base, "notifications");
        admin.locator("#run-reminders").click();
        assertThat(admin.getByText("new of")).isVisible();

        employee.reload();
        assertThat(employee.locator("#notification-count")).isVisible();
        employee.locator("#notification-bell").click();
        assertThat(employee.locator("#page-title")).hasText("Notifications");
        assertThat(employee.locator("#notification-list"))
                .containsText("Your certificate " + CERTIFICATION + " expires on");
        screenshots.save(employee, "32-notifications");
        employee.locator("#mark-all-read").click();
        assertThat(employee.locator("#notification-count")).isHidden();

        open(manager, base, "notifications");
        assertThat(manager.locator("#notification-list")).containsText(noah.name() + ": " + CERTIFICATION);
    }

    /** Types a date as a person in Britain does, and confirms it. */
    private static void type(Locator field, LocalDate date) {
        field.fill(TYPED.format(date));
        field.press("Enter");
    }
}
