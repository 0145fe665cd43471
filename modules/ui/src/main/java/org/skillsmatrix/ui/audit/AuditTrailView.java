package org.skillsmatrix.ui.audit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Action;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.audit.AuditFilter;
import org.skillsmatrix.domain.audit.AuditKind;
import org.skillsmatrix.domain.audittrail.ReadAuditTrail;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.base.PageRequest;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.people.MaintainPeople;
import org.skillsmatrix.domain.people.PeopleFilter;
import org.skillsmatrix.domain.people.PeopleOrder;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.team.BrowseTeams;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.base.DatePickers;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.DomainErrors;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.NarrowScreen;
import org.skillsmatrix.ui.base.ViewRoutes;

/**
 * The audit trail for HR and admins: who changed what and when, filtered by a person (changes about them or made by
 * them), a team (the team and its targets), a kind and a range of days, read a page at a time where it is stored,
 * and exported as CSV as filtered. The filters are in the page's address, so Back and reload keep them; on a phone
 * they fold behind a summary that counts those chosen, so the trail starts on the first screen.
 */
@Route(value = ViewRoutes.AUDIT, layout = MainLayout.class)
@PermitAll
public final class AuditTrailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PERSON = "person";
    static final String TEAM = "team";
    static final String KIND = "kind";
    static final String FROM = "from";
    static final String TO = "to";

    private final Actor actor;
    private final AccessPolicy policy;
    private final ReadAuditTrail trail;
    private final MaintainPeople maintainPeople;
    private final BrowseTeams browseTeams;
    private final Dates dates = Dates.forCurrentUi();

    final ComboBox<Person> person = new ComboBox<>();
    final ComboBox<Team> team = new ComboBox<>();
    final Select<AuditKind> kind = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Details filterPanel = new Details();
    final AuditGrid grid;
    final Anchor export;
    final Span error = new Span();
    private volatile AuditFilter shown = AuditFilter.EVERYTHING;
    private boolean filling;
    private String address = ViewRoutes.AUDIT;

    public AuditTrailView(
            CurrentUser currentUser,
            AccessPolicy policy,
            ReadAuditTrail trail,
            MaintainPeople maintainPeople,
            BrowseTeams browseTeams) {
        this.actor = currentUser.actor();
        this.policy = policy;
        this.trail = trail;
        this.maintainPeople = maintainPeople;
        this.browseTeams = browseTeams;
        grid = new AuditGrid("audit-trail", true);
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setHeight("32rem");

        person.setId("audit-person");
        person.setLabel(getTranslation("audit.filter.person"));
        person.setHelperText(getTranslation("audit.filter.person.helper"));
        person.setClearButtonVisible(true);
        person.setItemLabelGenerator(Person::name);
        person.setWidth("16rem");
        team.setId("audit-team");
        team.setLabel(getTranslation("audit.filter.team"));
        team.setClearButtonVisible(true);
        team.setItemLabelGenerator(Team::name);
        team.setWidth("14rem");
        kind.setId("audit-kind");
        kind.setLabel(getTranslation("audit.filter.kind"));
        kind.setItems(List.of(AuditKind.values()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("audit.filter.kind.all"));
        kind.setItemLabelGenerator(chosen ->
                chosen == null ? getTranslation("audit.filter.kind.all") : getTranslation(AuditKinds.key(chosen)));
        kind.setWidth("12rem");
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.filter.from"));
        from.setLocale(dates.locale());
        from.setClearButtonVisible(true);
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.filter.to"));
        to.setLocale(dates.locale());
        to.setClearButtonVisible(true);
        DatePickers.localise(from, this::getTranslation);
        DatePickers.localise(to, this::getTranslation);
        error.setId("audit-error");
        error.getElement().setAttribute("role", "alert");
        error.addClassNames(LumoUtility.TextColor.ERROR);
        error.setVisible(false);
        filterPanel.setId("audit-filters");
        filterPanel.setOpened(true);
        filterPanel.setWidthFull();
        filterPanel.addThemeVariants(DetailsVariant.LUMO_SMALL);
        NarrowScreen.follow(this, this::showNarrow);
        person.addValueChangeListener(change -> filtered());
        team.addValueChangeListener(change -> filtered());
        kind.addValueChangeListener(change -> filtered());
        from.addValueChangeListener(change -> filtered());
        to.addValueChangeListener(change -> filtered());

        export = new Anchor(new Export(), AttachmentType.DOWNLOAD, "");
        export.setId("audit-export");
        export.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("audit.export")));
        export.addClassNames(
                LumoUtility.Display.INLINE_FLEX,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.SMALL,
                LumoUtility.Padding.Horizontal.MEDIUM,
                LumoUtility.Padding.Vertical.SMALL,
                LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Background.PRIMARY,
                LumoUtility.TextColor.PRIMARY_CONTRAST,
                LumoUtility.FontWeight.SEMIBOLD);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        policy.check(actor, new Action.ReadAuditTrail());
        removeAll();
        var intro = new Paragraph(getTranslation("audit.intro"));
        intro.addClassNames(LumoUtility.Margin.NONE);
        var filters = new FlexLayout(person, team, kind, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassNames(LumoUtility.Gap.MEDIUM);
        filters.setWidthFull();
        filterPanel.removeAll();
        filterPanel.add(filters);
        add(intro, filterPanel, error, new Div(export), grid);

        person.setItems(query -> maintainPeople
                .page(
                        actor,
                        new PeopleFilter(query.getFilter().orElse(""), null),
                        new PageRequest<>(query.getPage(), query.getPageSize(), PeopleOrder.NAME, false))
                .items()
                .stream());
        var teams = browseTeams.list(actor);
        team.setItems(teams);

        var query = event.getLocation().getQueryParameters();
        address = event.getLocation().getPathWithQueryParameters();
        filling = true;
        person.setValue(query.getSingleParameter(PERSON)
                .flatMap(AuditTrailView::uuid)
                .flatMap(this::personOf)
                .orElse(null));
        team.setValue(query.getSingleParameter(TEAM)
                .flatMap(AuditTrailView::uuid)
                .flatMap(id -> teams.stream()
                        .filter(candidate -> candidate.id().value().equals(id))
                        .findFirst())
                .orElse(null));
        kind.setValue(query.getSingleParameter(KIND)
                .flatMap(name -> Arrays.stream(AuditKind.values())
                        .filter(candidate -> candidate.code().equals(name))
                        .findFirst())
                .orElse(null));
        from.setValue(
                query.getSingleParameter(FROM).flatMap(AuditTrailView::date).orElse(null));
        to.setValue(query.getSingleParameter(TO).flatMap(AuditTrailView::date).orElse(null));
        filling = false;
        show();
    }

    private Optional<Person> personOf(UUID id) {
        try {
            return Optional.of(maintainPeople.person(actor, new PersonId(id)));
        } catch (DomainException gone) {
            return Optional.empty();
        }
    }

    private void filtered() {
        if (filling) {
            return;
        }
        show();
        var parameters = new LinkedHashMap<String, List<String>>();
        if (person.getValue() != null) {
            parameters.put(PERSON, List.of(person.getValue().id().toString()));
        }
        if (team.getValue() != null) {
            parameters.put(TEAM, List.of(team.getValue().id().toString()));
        }
        if (kind.getValue() != null) {
            parameters.put(KIND, List.of(kind.getValue().code()));
        }
        if (from.getValue() != null) {
            parameters.put(FROM, List.of(from.getValue().toString()));
        }
        if (to.getValue() != null) {
            parameters.put(TO, List.of(to.getValue().toString()));
        }
        var location = new Location(ViewRoutes.AUDIT, new QueryParameters(parameters));
        address = location.getPathWithQueryParameters();
        UI.getCurrent().getPage().getHistory().replaceState(null, location);
    }

    /** Reads the trail the filters choose into the grid, and the same for the export; a range ending first says so. */
    private void show() {
        summarise();
        error.setVisible(false);
        var zone = dates.zone();
        var start = from.getValue() == null ? null : startOf(from.getValue(), zone);
        var end = to.getValue() == null ? null : startOf(to.getValue().plusDays(1), zone);
        if (start != null && end != null && !start.isBefore(end)) {
            error.setText(getTranslation("audit.error.range"));
            error.setVisible(true);
            grid.setItems(List.of());
            export.setEnabled(false);
            return;
        }
        var filter = new AuditFilter(
                person.getValue() == null ? null : person.getValue().id(),
                false,
                team.getValue() == null ? null : team.getValue().id(),
                kind.getValue(),
                start,
                end);
        shown = filter;
        export.setEnabled(true);
        grid.show(request -> trail.page(actor, filter, request));
    }

    /** On a phone the filters fold behind their summary; elsewhere they show. */
    void showNarrow(boolean narrow) {
        filterPanel.setOpened(!narrow);
    }

    /** Names the filter panel with how many filters are chosen, which a folded panel would otherwise hide. */
    private void summarise() {
        var chosen = Stream.of(person.getValue(), team.getValue(), kind.getValue(), from.getValue(), to.getValue())
                .filter(Objects::nonNull)
                .count();
        filterPanel.setSummaryText(
                chosen == 0 ? getTranslation("audit.filters") : getTranslation("audit.filters.chosen", chosen));
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The filtered trail as CSV, written straight into the download's response as it is read. */
    private final class Export implements DownloadHandler {

        @Override
        public void handleDownloadRequest(DownloadEvent event) throws IOException {
            var filter = shown;
            try {
                event.setFileName(trail.exportFileName());
                event.setContentType("text/csv;charset=UTF-8");
                event.getResponse().setHeader("Cache-Control", "no-store");
                trail.export(actor, filter, event.getOutputStream());
            } catch (DomainException refused) {
                event.getResponse().setStatus(DomainErrors.status(refused));
            }
        }
    }

    /** The address of the filters chosen, which Back and reload open again. */
    String address() {
        return address;
    }
}
