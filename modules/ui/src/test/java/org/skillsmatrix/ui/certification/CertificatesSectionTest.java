package org.skillsmatrix.ui.certification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.CertificationId;
import org.skillsmatrix.domain.certification.Certification;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.testing.UiWorld;

/** Certificates on a profile: Ada of Payments records hers; Maya, who manages Payments, verifies them. */
class CertificatesSectionTest {

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");
    private final Person maya = world.org.person("Maya Schmidt");
    private final Certification cka =
            world.org.certifications.add(new Certification(CertificationId.random(), "CKA", null, 0));
    private final LocalDate today = LocalDate.now(world.org.clock);

    {
        world.org.team("Payments", List.of(ada), List.of(maya));
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void thePersonRecordsACertificateAndEachMistakeIsShownAtItsFieldWithTheDomainsMessage() {
        open(employee(ada), ViewRoutes.PROFILE);
        var section = _get(CertificatesSection.class);
        assertThat(section.none.isVisible()).isTrue();

        _click(section.record);
        var dialog = _get(CertificateDialog.class);
        _click(dialog.save);
        assertThat(dialog.certification.isInvalid()).isTrue();
        assertThat(dialog.certification.getErrorMessage()).isEqualTo("Choose the certification you hold.");
        assertThat(dialog.issued.isInvalid()).isTrue();
        assertThat(dialog.issued.getErrorMessage()).isEqualTo("Enter the day the certificate was issued.");
        assertThat(dialog.expires.isInvalid()).isTrue();
        assertThat(dialog.expires.getErrorMessage()).isEqualTo("Enter the day the certificate expires.");

        _setValue(dialog.certification, cka);
        _setValue(dialog.issued, today.plusDays(1));
        _setValue(dialog.expires, today.plusYears(3));
        _click(dialog.save);
        assertThat(dialog.issued.isInvalid()).isTrue();
        assertThat(dialog.issued.getErrorMessage()).isEqualTo("The issue date must not be in the future");

        _setValue(dialog.issued, today.minusYears(3));
        _setValue(dialog.expires, today.minusYears(4));
        _click(dialog.save);
        assertThat(dialog.expires.getErrorMessage()).isEqualTo("The expiry date must be after the issue date");
        assertThat(dialog.issued.isInvalid()).isFalse();

        _setValue(dialog.expires, today.plusDays(20));
        _setValue(dialog.evidence, "ftp://example.org/cka");
        _click(dialog.save);
        assertThat(dialog.evidence.getErrorMessage())
                .isEqualTo("The evidence link must be a web address starting with http:// or https://");
        assertThat(world.org.holdCertificates.of(employee(ada), ada.id())).isEmpty();

        _setValue(dialog.evidence, "https://example.org/cka");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(section.grid.isVisible()).isTrue();
        assertThat(GridKt._getFormatted(section.grid, 0, "certification")).isEqualTo("CKA");
        assertThat(statusOf(section, 0)).isEqualTo("Expiring in 20 days");
        assertThat(verifiedOf(section, 0)).isEqualTo("Not verified");
    }

    @Test
    void statusesAreWordsValidExpiringAndExpired() {
        record(today.plusYears(2));
        world.org.certifications.add(new Certification(CertificationId.random(), "CISSP", null, 0));
        world.org.holdCertificates.record(
                employee(ada),
                world.org.certifications.all().stream()
                        .filter(c -> c.name().equals("CISSP"))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                today.minusYears(3),
                today.minusDays(1),
                null);

        open(employee(ada), ViewRoutes.PROFILE);
        var section = _get(CertificatesSection.class);

        assertThat(List.of(statusOf(section, 0), statusOf(section, 1))).containsExactly("Expired", "Valid");
    }

    @Test
    void theManagerVerifiesAMembersCertificateFromTheMembersProfileAndCannotRecordOneForThem() {
        record(today.plusYears(2));

        open(manager(maya), ViewRoutes.of(ViewRoutes.PROFILE, ada.id()));
        var section = _get(CertificatesSection.class);
        assertThat(section.record.isVisible() && section.getChildren().anyMatch(section.record::equals))
                .isFalse();
        var verify = (Button) GridKt._getCellComponent(section.grid, 0, "verified");
        assertThat(verify.getText()).isEqualTo("Verify");
        _click(verify);

        assertThat(verifiedOf(section, 0)).isEqualTo("Verified by a manager");
        assertThat(world.org
                        .holdCertificates
                        .of(employee(ada), ada.id())
                        .getFirst()
                        .certificate()
                        .verifiedBy())
                .isEqualTo(maya.id());

        open(employee(ada), ViewRoutes.PROFILE);
        assertThat(verifiedOf(_get(CertificatesSection.class), 0)).isEqualTo("Verified by a manager");
    }

    @Test
    void onAPhoneEachCertificateIsOneCardWithItsStatusDatesAndVerificationInsteadOfFourColumns() {
        record(today.plusYears(2));
        open(manager(maya), ViewRoutes.of(ViewRoutes.PROFILE, ada.id()));
        var section = _get(CertificatesSection.class);

        section.showNarrow(true);

        assertThat(section.grid.getColumns().stream().filter(column -> column.isVisible()))
                .extracting(column -> column.getKey())
                .containsExactly(CertificatesSection.CARD);
        var card = GridKt._getCellComponent(section.grid, 0, CertificatesSection.CARD);
        assertThat(card.getElement().getTextRecursively())
                .startsWith("CKAValid")
                .endsWith("Verify");
        _click((Button) card.getChildren().reduce((first, last) -> last).orElseThrow());
        assertThat(verifiedOf(section, 0)).isEqualTo("Verified by a manager");

        section.showNarrow(false);
        assertThat(section.grid.getColumns().stream().filter(column -> column.isVisible()))
                .extracting(column -> column.getKey())
                .containsExactly("certification", "status", "dates", "verified");
    }

    private void record(LocalDate expires) {
        world.org.holdCertificates.record(employee(ada), cka.id(), today.minusYears(3), expires, null);
    }

    private static String statusOf(CertificatesSection section, int row) {
        return ((Span) GridKt._getCellComponent(section.grid, row, "status")).getText();
    }

    private static String verifiedOf(CertificatesSection section, int row) {
        var cell = GridKt._getCellComponent(section.grid, row, "verified");
        return cell instanceof Span span ? span.getText() : ((Button) cell).getText();
    }

    private void open(Actor actor, String path) {
        world.signIn(world.org.people.byId(actor.person()).orElseThrow(), actor);
        world.navigate(path);
    }
}
