package org.skillsmatrix.ui.certification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.certification.CertificationCatalog;
import org.skillsmatrix.domain.certification.HeldCertificate;
import org.skillsmatrix.domain.certification.HoldCertificates;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.NarrowScreen;

/**
 * A person's certificates, the soonest to expire first, each saying in words whether it is valid, expiring (and in how
 * many days) or expired; the holder records one, and their manager verifies one, from here.
 */
public final class CertificatesSection extends VerticalLayout {

    static final String CARD = "card";
    private static final List<String> WIDE_COLUMNS = List.of("certification", "status", "dates", "verified");

    final Grid<HeldCertificate> grid = new Grid<>();
    final Paragraph none = new Paragraph();
    final Button record = new Button();

    private final HoldCertificates certificates;
    private final CertificationCatalog catalog;
    private final Actor actor;
    private final PersonId person;
    private final Dates dates = Dates.forCurrentUi();

    public CertificatesSection(
            HoldCertificates certificates, CertificationCatalog catalog, Actor actor, PersonId person) {
        this.certificates = certificates;
        this.catalog = catalog;
        this.actor = actor;
        this.person = person;
        setId("certificates");
        setPadding(false);
        setSpacing(false);
        var heading = new H2(getTranslation("certificates.title"));
        heading.addClassNames(
                LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.SMALL);
        none.setText(getTranslation("certificates.none"));
        none.setId("certificates-none");
        configureGrid();
        add(heading, none, grid);
        if (certificates.mayRecord(actor, person)) {
            record.setText(getTranslation("certificates.record"));
            record.setId("certificate-record");
            record.addClickListener(
                    click -> new CertificateDialog(certificates, catalog.list(actor), actor, this::refresh).open());
            add(record);
        }
        refresh();
        NarrowScreen.follow(this, this::showNarrow);
    }

    /** On a phone each certificate shows as a card, one column wide; elsewhere as a row of columns. */
    void showNarrow(boolean narrow) {
        WIDE_COLUMNS.forEach(key -> grid.getColumnByKey(key).setVisible(!narrow));
        grid.getColumnByKey(CARD).setVisible(narrow);
    }

    void refresh() {
        var held = certificates.of(actor, person);
        grid.setItems(held);
        grid.setVisible(!held.isEmpty());
        none.setVisible(held.isEmpty());
    }

    private void configureGrid() {
        grid.setId("certificates-grid");
        grid.setAriaLabel(getTranslation("certificates.title"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(held -> held.certification().name())
                .setKey("certification")
                .setHeader(getTranslation("certificates.column.certification"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::status)
                .setKey("status")
                .setHeader(getTranslation("certificates.column.status"))
                .setFlexGrow(1);
        grid.addColumn(this::period)
                .setKey("dates")
                .setHeader(getTranslation("certificates.column.dates"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::verification)
                .setKey("verified")
                .setHeader(getTranslation("certificates.column.verified"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::card)
                .setKey(CARD)
                .setHeader(getTranslation("certificates.column.certification"))
                .setVisible(false);
    }

    /** The certificate in one cell: its name, where it stands, its dates and its verification, one under another. */
    private Component card(HeldCertificate held) {
        var name = new Span(held.certification().name());
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var period = new Span(period(held));
        period.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var card = new VerticalLayout(name, status(held), period, verification(held));
        card.setPadding(false);
        card.setSpacing(false);
        card.addClassNames(LumoUtility.Gap.XSMALL);
        return card;
    }

    private String period(HeldCertificate held) {
        return date(held.certificate().issued()) + " – "
                + date(held.certificate().expires());
    }

    /** Where the certificate stands, in words (the badge's colour only repeats them). */
    Span status(HeldCertificate held) {
        var days = certificates.daysLeft(held);
        var text = switch (held.status()) {
            case VALID -> getTranslation("certificates.status.valid");
            case EXPIRING -> getTranslation("certificates.status.expiring", days);
            case EXPIRED -> getTranslation("certificates.status.expired");
        };
        var badge = new Span(text);
        badge.getElement()
                .getThemeList()
                .add(
                        switch (held.status()) {
                            case VALID -> "badge success";
                            case EXPIRING -> "badge contrast";
                            case EXPIRED -> "badge error";
                        });
        badge.addClassName("certificate-status");
        return badge;
    }

    private Component verification(HeldCertificate held) {
        var certificate = held.certificate();
        if (certificate.verified()) {
            return new Span(getTranslation("certificates.verified"));
        }
        if (!certificates.mayVerify(actor, certificate.person())) {
            return new Span(getTranslation("certificates.not-verified"));
        }
        var verify = new Button(getTranslation("certificates.verify"), click -> {
            certificates.verify(actor, certificate.id());
            refresh();
        });
        verify.setAriaLabel(
                getTranslation("certificates.verify.aria", held.certification().name()));
        verify.addThemeVariants(ButtonVariant.LUMO_SMALL);
        verify.addClassName("certificate-verify");
        return verify;
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(dates.locale())
                .format(date);
    }
}
