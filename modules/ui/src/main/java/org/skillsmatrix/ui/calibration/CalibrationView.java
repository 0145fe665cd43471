package org.skillsmatrix.ui.calibration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.ConfirmRatings;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.RateTeamMember;
import org.skillsmatrix.domain.assessment.Rating;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.calibration.CalibrateTeam;
import org.skillsmatrix.domain.calibration.Divergence;
import org.skillsmatrix.domain.calibration.PersonCalibration;
import org.skillsmatrix.domain.calibration.TeamCalibration;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.team.BrowseTeams;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.LevelSwatch;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.TeamOpening;
import org.skillsmatrix.ui.base.TeamPage;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.rating.ManagerRatingDialog;

/**
 * Calibration for a team's managers and HR: where a member's own rating and their manager's are two levels
 * apart or more (the distance can be changed), widest first, and per member how their self-ratings compare
 * on average. A manager reviews a divergent rating from its row.
 */
@Route(value = ViewRoutes.CALIBRATION, layout = MainLayout.class)
@PermitAll
public final class CalibrationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String PERSON = "person";
    static final String SKILL = "skill";
    static final String SELF = "self";
    static final String MANAGER = "manager";
    static final String DIFFERENCE = "difference";

    private final Actor actor;
    private final BrowseTeams browseTeams;
    private final TeamOpening teams;
    private final CalibrateTeam calibrateTeam;
    private final BrowseCatalog catalogs;
    private final RateTeamMember rateTeamMember;
    private final ConfirmRatings confirmRatings;
    private final RatingAge age;
    private final Dates dates = Dates.forCurrentUi();

    final Select<Integer> threshold = new Select<>();
    final Grid<Divergence> divergences = new Grid<>();
    final Grid<PersonCalibration> people = new Grid<>();
    final Span count = new Span();

    private @Nullable TeamPage page;
    private Map<PersonId, String> names = Map.of();
    private Set<PersonId> rateable = Set.of();

    public CalibrationView(
            CurrentUser currentUser,
            BrowseTeams browseTeams,
            CalibrateTeam calibrateTeam,
            BrowseCatalog catalogs,
            RateTeamMember rateTeamMember,
            ConfirmRatings confirmRatings,
            RatingAge age) {
        this.age = age;
        this.actor = currentUser.actor();
        this.browseTeams = browseTeams;
        this.teams = new TeamOpening(actor, ViewRoutes.CALIBRATION, browseTeams, catalogs);
        this.calibrateTeam = calibrateTeam;
        this.catalogs = catalogs;
        this.rateTeamMember = rateTeamMember;
        this.confirmRatings = confirmRatings;
        threshold.setId("calibration-threshold");
        threshold.setLabel(getTranslation("calibration.threshold"));
        threshold.setItems(1, 2, 3, 4);
        threshold.setItemLabelGenerator(value -> getTranslation("calibration.threshold.value", value));
        threshold.setEmptySelectionAllowed(false);
        threshold.setValue(TeamCalibration.DEFAULT_THRESHOLD);
        threshold.addValueChangeListener(change -> {
            if (page != null) {
                reload();
            }
        });
        count.setId("calibration-count");
        configureDivergences();
        configurePeople();
    }

    @Override
    public String getPageTitle() {
        return page == null
                ? getTranslation("calibration.title")
                : getTranslation("calibration.title.team", page.team().name());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        removeAll();
        page = null;
        threshold.setValue(TeamCalibration.DEFAULT_THRESHOLD);
        var team = teams.open(
                this, event, parameter, id -> calibrateTeam.calibrate(actor, id, TeamCalibration.DEFAULT_THRESHOLD));
        if (team.isEmpty()) {
            return;
        }
        var calibration = team.get().content();
        var opened = team.get().page();
        page = opened;

        var filters = new FlexLayout(opened.chooser(ViewRoutes.CALIBRATION), threshold);
        filters.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        var intro = new Paragraph(getTranslation("calibration.intro"));
        intro.addClassNames(LumoUtility.Margin.NONE);
        add(intro, filters, count, divergences, heading("calibration.people.title"), people);
        show(calibration);
    }

    private H2 heading(String key) {
        var heading = new H2(getTranslation(key));
        heading.addClassNames(
                LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.NONE);
        return heading;
    }

    private void reload() {
        show(calibrateTeam.calibrate(actor, page().team().id(), threshold.getValue()));
    }

    private void show(TeamCalibration calibration) {
        names = calibration.people().stream()
                .collect(Collectors.toMap(
                        line -> line.person().id(), line -> line.person().name()));
        rateable = browseTeams.rateableMembers(
                actor,
                calibration.team(),
                calibration.people().stream().map(line -> line.person().id()).toList());
        divergences.setItems(calibration.divergences());
        people.setItems(calibration.people().stream()
                .filter(line -> line.compared() > 0)
                .toList());
        count.setText(
                getTranslation("calibration.count", calibration.divergences().size(), calibration.threshold()));
    }

    private void configureDivergences() {
        divergences.setId("divergences");
        divergences.setAriaLabel(getTranslation("calibration.divergences.label"));
        divergences.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        divergences.setAllRowsVisible(true);
        divergences
                .addColumn(divergence -> names.getOrDefault(divergence.person(), ""))
                .setKey(PERSON)
                .setHeader(getTranslation("calibration.column.person"))
                .setRowHeader(true);
        divergences
                .addColumn(divergence -> page().skillName(divergence.skill()))
                .setKey(SKILL)
                .setHeader(getTranslation("calibration.column.skill"));
        divergences
                .addComponentColumn(divergence -> rating(divergence.self()))
                .setKey(SELF)
                .setHeader(getTranslation("calibration.column.self"));
        divergences
                .addComponentColumn(divergence -> rating(divergence.manager()))
                .setKey(MANAGER)
                .setHeader(getTranslation("calibration.column.manager"));
        divergences
                .addColumn(this::difference)
                .setKey(DIFFERENCE)
                .setHeader(getTranslation("calibration.column.difference"));
        divergences
                .addComponentColumn(this::review)
                .setKey("review")
                .setHeader(getTranslation("calibration.column.review"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        divergences.setEmptyStateText(getTranslation("calibration.empty"));
    }

    String difference(Divergence divergence) {
        return getTranslation(
                divergence.ratesThemselvesHigher() ? "calibration.higher" : "calibration.lower", divergence.distance());
    }

    private Component rating(Rating rating) {
        var label = page().levels().format(rating.level());
        var text = new Span(getTranslation("calibration.rating", label, dates.format(rating.at())));
        var cell = new HorizontalLayout(new LevelSwatch(rating.level(), label), text);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        return cell;
    }

    private Component review(Divergence divergence) {
        if (!rateable.contains(divergence.person())) {
            return new Span();
        }
        var button = new Button(
                getTranslation("calibration.review"), click -> review(divergence.person(), divergence.skill()));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(
                "calibration.review.aria",
                names.getOrDefault(divergence.person(), ""),
                page().skillName(divergence.skill())));
        return button;
    }

    /** A manager rates the person in the skill again, seeing both current ratings. */
    void review(PersonId person, SkillId skillId) {
        var skill = page().skills().get(skillId);
        var divergence = divergences
                .getListDataView()
                .getItems()
                .filter(item -> item.person().equals(person) && item.skill().equals(skillId))
                .findFirst()
                .orElse(null);
        if (skill == null || divergence == null) {
            return;
        }
        var current = new CurrentRating(person, skillId, divergence.self(), divergence.manager(), null);
        new ManagerRatingDialog(
                        names.getOrDefault(person, ""),
                        skill,
                        current,
                        page().levels(),
                        dates,
                        age,
                        (level, evidence) -> rateTeamMember.rate(actor, person, skillId, level, evidence),
                        () -> confirmRatings.confirmMember(actor, person, skillId),
                        saved -> {
                            reload();
                            Notification.show(getTranslation(
                                            "calibration.saved",
                                            names.getOrDefault(person, ""),
                                            skill.name(),
                                            page().levels().format(saved.level())))
                                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        })
                .open();
    }

    private void configurePeople() {
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        people.setId("calibration-people");
        people.setAriaLabel(getTranslation("calibration.people.title"));
        people.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        people.setAllRowsVisible(true);
        people.addColumn(line -> line.person().name())
                .setKey(PERSON)
                .setHeader(getTranslation("calibration.column.person"))
                .setRowHeader(true);
        people.addColumn(PersonCalibration::compared)
                .setKey("compared")
                .setHeader(getTranslation("calibration.column.compared"));
        people.addColumn(PersonCalibration::diverging)
                .setKey("diverging")
                .setHeader(getTranslation("calibration.column.diverging"));
        people.addColumn(line -> signed(line.meanDifference(), format))
                .setKey("mean")
                .setHeader(getTranslation("calibration.column.mean"));
        people.addColumn(line -> getTranslation(
                        line.underRatesThemselves()
                                ? "calibration.tendency.lower"
                                : line.overRatesThemselves()
                                        ? "calibration.tendency.higher"
                                        : "calibration.tendency.even"))
                .setKey("tendency")
                .setHeader(getTranslation("calibration.column.tendency"));
        people.setEmptyStateText(getTranslation("calibration.people.empty"));
    }

    /** A difference with its sign to one decimal: "+1.5", "-0.5", and "0.0" for what rounds to nothing. */
    static String signed(double difference, NumberFormat format) {
        double rounded = Math.round(difference * 10) / 10.0;
        if (rounded == 0) {
            return format.format(0.0);
        }
        return (rounded > 0 ? "+" : "") + format.format(rounded);
    }

    private TeamPage page() {
        if (page == null) {
            throw new IllegalStateException("no team opened");
        }
        return page;
    }
}
