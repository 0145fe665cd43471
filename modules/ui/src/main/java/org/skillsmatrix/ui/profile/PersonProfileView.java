package org.skillsmatrix.ui.profile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.CurrentRating;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.assessment.SkillProfile;
import org.skillsmatrix.domain.assessment.Source;
import org.skillsmatrix.domain.assessment.ViewSkillProfile;
import org.skillsmatrix.domain.audittrail.ReadAuditTrail;
import org.skillsmatrix.domain.base.CategoryId;
import org.skillsmatrix.domain.base.DomainException;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.base.SkillId;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.certification.CertificationCatalog;
import org.skillsmatrix.domain.certification.HoldCertificates;
import org.skillsmatrix.domain.gap.AnalysePersonGaps;
import org.skillsmatrix.domain.gap.PersonGap;
import org.skillsmatrix.domain.gap.PersonGaps;
import org.skillsmatrix.domain.mentoring.GoalProgress;
import org.skillsmatrix.domain.mentoring.SetDevelopmentGoals;
import org.skillsmatrix.domain.personaldata.ExportPersonalData;
import org.skillsmatrix.domain.report.ExportReport;
import org.skillsmatrix.domain.report.ReportRequest;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.whatif.AnalyseWhatIf;
import org.skillsmatrix.ui.audit.RecordedAboutSection;
import org.skillsmatrix.ui.base.CatalogInLanguage;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.DomainErrors;
import org.skillsmatrix.ui.base.GridHeight;
import org.skillsmatrix.ui.base.LevelFormat;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.NarrowScreen;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.certification.CertificatesSection;
import org.skillsmatrix.ui.chart.Chart;
import org.skillsmatrix.ui.chart.LevelTimeline;
import org.skillsmatrix.ui.chart.RadarChart;
import org.skillsmatrix.ui.myskills.DevelopmentGoalsGrid;
import org.skillsmatrix.ui.report.ExportButton;

/**
 * A person's profile, for the person, their managers and HR: a radar of their levels against what their role
 * profile expects, with the same figures as a table, and a chart of a skill's self and manager ratings over
 * time. Without a path parameter it is the signed-in person's own.
 */
@Route(value = ViewRoutes.PROFILE, layout = MainLayout.class)
@PermitAll
public final class PersonProfileView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** Up to this many skills the radar has a spoke per skill; above, a spoke per category. */
    static final int MAX_SPOKES = 16;

    /** Up to this many ratings of a skill the history table shows whole; a longer history scrolls in its own box. */
    static final int HISTORY_SHOWN_WHOLE = 20;

    /** The what-if view's query parameter naming the person asked about. */
    static final String WHAT_IF_PERSON = "person";

    /**
     * A line of the expectations table: a skill or a category, what the role expects, what the person has (null
     * where nothing is rated yet, which is not level 0), the levels still to go, and how many of the ratings
     * counted in {@code current} are stale; {@code average} where the line is a category's, its figures averages.
     */
    record Expectation(
            String name, double expected, @Nullable Double current, double toGo, int stale, boolean average) {

        double plotted() {
            return current == null ? 0 : current;
        }
    }

    private final Actor actor;
    private final ViewSkillProfile profiles;
    private final AnalysePersonGaps analysePersonGaps;
    private final AnalyseWhatIf analyseWhatIf;
    private final BrowseCatalog catalogs;
    private final ExportReport exportReport;
    private final SetDevelopmentGoals goals;
    private final HoldCertificates certificates;
    private final CertificationCatalog certificationCatalog;
    private final ReadAuditTrail trail;
    private final ExportPersonalData exportPersonalData;
    private final RatingAge age;
    private final Dates dates = Dates.forCurrentUi();

    final Paragraph summary = new Paragraph();
    final Chart radar = new Chart("profile-radar");
    private SerializableFunction<RadarChart.Frame, String> radarDrawing = frame -> "";
    private boolean narrow;
    final Grid<Expectation> expectations = new Grid<>();
    final Span staleLegend = new Span();
    final ComboBox<Skill> historySkill = new ComboBox<>();
    final Chart timeline = new Chart("profile-timeline");
    final Grid<Assessment> history = new Grid<>();

    private @Nullable String name;
    private @Nullable LevelFormat levels;
    private @Nullable SkillProfile profile;

    public PersonProfileView(
            CurrentUser currentUser,
            ViewSkillProfile profiles,
            AnalysePersonGaps analysePersonGaps,
            AnalyseWhatIf analyseWhatIf,
            BrowseCatalog catalogs,
            ExportReport exportReport,
            SetDevelopmentGoals goals,
            HoldCertificates certificates,
            CertificationCatalog certificationCatalog,
            ReadAuditTrail trail,
            ExportPersonalData exportPersonalData,
            RatingAge age) {
        this.actor = currentUser.actor();
        this.age = age;
        this.exportPersonalData = exportPersonalData;
        this.profiles = profiles;
        this.analysePersonGaps = analysePersonGaps;
        this.analyseWhatIf = analyseWhatIf;
        this.catalogs = catalogs;
        this.exportReport = exportReport;
        this.goals = goals;
        this.certificates = certificates;
        this.certificationCatalog = certificationCatalog;
        this.trail = trail;
        summary.setId("profile-summary");
        summary.addClassNames(LumoUtility.Margin.NONE);
        historySkill.setLabel(getTranslation("profile.history.skill"));
        historySkill.setItemLabelGenerator(Skill::name);
        historySkill.setWidth("20rem");
        historySkill.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                showHistory(change.getValue());
            }
        });
        configureExpectations();
        staleLegend.setId("profile-stale-legend");
        configureHistory();
        NarrowScreen.follow(this, this::showNarrow);
    }

    /** On a phone the radar is drawn narrow and scaled to the screen's width; elsewhere wide. */
    void showNarrow(boolean narrow) {
        this.narrow = narrow;
        drawRadar();
    }

    private void drawRadar() {
        radar.setClassName("fits", narrow);
        radar.setMarkup(radarDrawing.apply(narrow ? RadarChart.Frame.NARROW : RadarChart.Frame.WIDE));
    }

    /** HR's download of everything stored about the person, as JSON, for a data-subject request. */
    private Anchor personalDataDownload(PersonId person) {
        DownloadHandler handler = event -> {
            try {
                var data = exportPersonalData.read(actor, person);
                event.setFileName("skills-matrix_personal-data_" + person + ".json");
                event.setContentType("application/json");
                event.getResponse().setHeader("Cache-Control", "no-store");
                exportPersonalData.write(data, event.getOutputStream());
            } catch (DomainException error) {
                event.getResponse().setStatus(DomainErrors.status(error));
            }
        };
        var download = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation("profile.personal-data"));
        download.setId("personal-data-download");
        download.setTitle(getTranslation("profile.personal-data.description"));
        return download;
    }

    /** The person's development goals, where they have any; their managers close or cancel the open ones. */
    private void showGoals(PersonId person) {
        var list = goals.goalsOf(actor, person);
        if (list.isEmpty()) {
            return;
        }
        var grid = new DevelopmentGoalsGrid(list, levels());
        if (goals.maySet(actor, person)) {
            grid.addComponentColumn(goal -> goalActions(goal, grid, person))
                    .setKey("actions")
                    .setHeader(getTranslation("goals.column.actions"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        add(heading("goals.title.person"), grid);
    }

    private Component goalActions(GoalProgress progress, DevelopmentGoalsGrid grid, PersonId person) {
        var goal = progress.goal();
        if (!goal.open()) {
            return new Span();
        }
        var done = new Button(getTranslation("goals.done"), click -> {
            goals.close(actor, goal.id(), goal.version());
            grid.setItems(goals.goalsOf(actor, person));
        });
        done.setAriaLabel(getTranslation("goals.done.aria", progress.skillName()));
        var cancel = new Button(getTranslation("goals.cancel"), click -> {
            goals.cancel(actor, goal.id(), goal.version());
            grid.setItems(goals.goalsOf(actor, person));
        });
        cancel.setAriaLabel(getTranslation("goals.cancel.aria", progress.skillName()));
        done.addThemeVariants(ButtonVariant.LUMO_SMALL);
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(done, cancel);
    }

    @Override
    public String getPageTitle() {
        return name == null ? getTranslation("profile.title") : getTranslation("profile.title.person", name);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        removeAll();
        radarDrawing = frame -> "";
        var person = parameter == null || parameter.isBlank() ? actor.person() : PersonId.of(parameter);
        var read = profiles.of(actor, person);
        var gaps = analysePersonGaps.analyse(actor, person);
        var catalog = CatalogInLanguage.read(catalogs, actor, getLocale());
        profile = read;
        name = read.person().name();
        levels = new LevelFormat(catalog.scale());
        Map<SkillId, Skill> skills =
                catalog.skills().stream().collect(Collectors.toMap(Skill::id, Function.identity()));
        Map<CategoryId, Category> categories =
                catalog.categories().stream().collect(Collectors.toMap(Category::id, Function.identity()));

        summary.setText(summaryText(gaps));
        add(summary, new ExportButton(exportReport, actor, new ReportRequest.Profile(person)));
        if (exportPersonalData.mayExport(actor, person)) {
            add(personalDataDownload(person));
        }
        if (analyseWhatIf.mayAsk(actor, person)) {
            var whatIf = new Anchor(
                    ViewRoutes.WHAT_IF + "?" + WHAT_IF_PERSON + "=" + person,
                    getTranslation("what-if.open.person", read.person().name()));
            whatIf.setId("what-if-link");
            add(whatIf);
        }
        showGoals(person);
        add(new CertificatesSection(certificates, certificationCatalog, actor, person));
        if (gaps.profile() != null) {
            var stale = read.current().stream()
                    .filter(age::isStale)
                    .map(CurrentRating::skill)
                    .collect(Collectors.toSet());
            var rows = rows(gaps, skills, categories, stale);
            add(heading("profile.radar.title"));
            var axes = rows.stream()
                    .map(row -> new RadarChart.Axis(row.name(), row.expected(), row.plotted()))
                    .toList();
            var rings = List.of(levels().format(Level.AWARENESS), "2", "3", levels().format(Level.EXPERT));
            var description =
                    getTranslation("profile.radar.description", gaps.profile().name());
            radarDrawing = frame -> RadarChart.render(
                    frame,
                    axes,
                    rings,
                    getTranslation("profile.radar.expected"),
                    getTranslation("profile.radar.current"),
                    getTranslation("profile.radar.title"),
                    description);
            drawRadar();
            expectations
                    .getColumnByKey("name")
                    .setHeader(getTranslation(
                            gaps.gaps().size() > MAX_SPOKES ? "profile.column.category" : "profile.column.skill"));
            expectations.setItems(rows);
            add(radar, expectations);
            if (rows.stream().anyMatch(row -> row.stale() > 0)) {
                staleLegend.setText(getTranslation("rating.stale.legend", age.staleAfterMonths()));
                add(staleLegend);
            }
        }
        add(heading("profile.history.title"));
        var rated = read.history().stream()
                .map(Assessment::skill)
                .distinct()
                .map(skills::get)
                .filter(skill -> skill != null)
                .sorted(Comparator.comparing(Skill::name))
                .toList();
        if (rated.isEmpty()) {
            var none = new Paragraph(getTranslation("profile.history.none"));
            none.setId("profile-no-history");
            add(none);
        } else {
            historySkill.setItems(rated);
            add(historySkill, timeline, history);
            historySkill.setValue(skills.get(read.history().getFirst().skill()));
        }
        RecordedAboutSection.of(trail, actor, person).ifPresent(this::add);
    }

    private String summaryText(PersonGaps gaps) {
        if (gaps.profile() == null) {
            return getTranslation("profile.no-profile", name);
        }
        long below = gaps.gaps().stream().filter(gap -> gap.gap() > 0).count();
        return getTranslation(
                "profile.summary",
                name,
                gaps.profile().name(),
                below,
                gaps.gaps().size());
    }

    private H2 heading(String key) {
        var heading = new H2(getTranslation(key));
        heading.addClassNames(
                LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.NONE);
        return heading;
    }

    /**
     * The radar's spokes: a skill each, or where the profile names more skills than fit, a category each with
     * the averages of its skills; each counting the stale ratings among those it shows.
     */
    static List<Expectation> rows(
            PersonGaps gaps, Map<SkillId, Skill> skills, Map<CategoryId, Category> categories, Set<SkillId> stale) {
        var ordered = gaps.gaps().stream()
                .flatMap(gap ->
                        Optional.ofNullable(skills.get(gap.skill())).map(skill -> new SkillGap(gap, skill)).stream())
                .sorted(Comparator.comparingInt((SkillGap known) -> position(categories, known.skill()))
                        .thenComparingInt(known -> known.skill().position()))
                .toList();
        if (ordered.size() <= MAX_SPOKES) {
            return ordered.stream()
                    .map(known -> new Expectation(
                            known.skill().name(),
                            known.gap().expected().value(),
                            known.gap().current() == null
                                    ? null
                                    : (double) known.gap().current().value(),
                            known.gap().gap(),
                            stale.contains(known.skill().id()) ? 1 : 0,
                            false))
                    .toList();
        }
        Map<CategoryId, List<PersonGap>> byCategory = new LinkedHashMap<>();
        ordered.forEach(known -> byCategory
                .computeIfAbsent(known.skill().category(), id -> new ArrayList<>())
                .add(known.gap()));
        var rows = new ArrayList<Expectation>();
        byCategory.forEach((category, list) -> rows.add(new Expectation(
                categories.containsKey(category) ? categories.get(category).name() : category.toString(),
                list.stream().mapToInt(gap -> gap.expected().value()).average().orElse(0),
                ratedAverage(list),
                list.stream().mapToInt(PersonGap::gap).average().orElse(0),
                (int) list.stream()
                        .filter(gap -> gap.current() != null && stale.contains(gap.skill()))
                        .count(),
                true)));
        return rows;
    }

    /** The average level of the category's rated skills; null where none of them is rated. */
    private static @Nullable Double ratedAverage(List<PersonGap> gaps) {
        var rated = gaps.stream()
                .filter(gap -> gap.current() != null)
                .mapToInt(gap -> Objects.requireNonNull(gap.current()).value())
                .average();
        return rated.isPresent() ? rated.getAsDouble() : null;
    }

    /** A gap in a skill of the catalog. */
    private record SkillGap(PersonGap gap, Skill skill) {}

    private static int position(Map<CategoryId, Category> categories, Skill skill) {
        var category = categories.get(skill.category());
        return category == null ? Integer.MAX_VALUE : category.position();
    }

    private void configureExpectations() {
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        expectations.setId("profile-expectations");
        expectations.setAriaLabel(getTranslation("profile.radar.table"));
        expectations.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        expectations.setAllRowsVisible(true);
        expectations.addColumn(Expectation::name).setKey("name");
        expectations
                .addColumn(row -> format.format(row.expected()))
                .setKey("expected")
                .setHeader(getTranslation("profile.column.expected"));
        expectations
                .addColumn(row -> current(row, format))
                .setKey("current")
                .setHeader(getTranslation("profile.column.current"));
        expectations
                .addColumn(row -> format.format(row.toGo()))
                .setKey("gap")
                .setHeader(getTranslation("profile.column.gap"));
        expectations.setWidth("min(48rem, 100%)");
    }

    /**
     * What the person has now: "Not rated"; a skill's level with a dagger where stale, as in the matrix; a
     * category's average saying how many of its ratings are stale.
     */
    private String current(Expectation row, NumberFormat format) {
        var current = row.current();
        if (current == null) {
            return getTranslation("myskills.not-rated");
        }
        var level = format.format(current);
        if (row.stale() == 0) {
            return level;
        }
        return row.average()
                ? getTranslation("profile.current.with-stale", level, row.stale())
                : getTranslation("rating.stale.cell", level);
    }

    private void configureHistory() {
        history.setId("profile-history");
        history.setAriaLabel(getTranslation("profile.history.table"));
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        history.setWidth("min(48rem, 100%)");
        history.addColumn(assessment -> dates.format(assessment.assessedAt()))
                .setKey("when")
                .setHeader(getTranslation("profile.column.when"));
        history.addColumn(assessment -> getTranslation(
                        assessment.source() == Source.SELF ? "profile.source.self" : "profile.source.manager"))
                .setKey("source")
                .setHeader(getTranslation("profile.column.source"));
        history.addColumn(assessment -> levels().format(assessment.level()))
                .setKey("level")
                .setHeader(getTranslation("profile.column.level"));
    }

    void showHistory(Skill skill) {
        var entries = profile().historyOf(skill.id());
        var self = points(entries, Source.SELF);
        var manager = points(entries, Source.MANAGER);
        var levelLabels = Arrays.stream(Level.values()).map(levels()::format).toList();
        timeline.setMarkup(LevelTimeline.render(
                self,
                manager,
                Instant.now(),
                levelLabels,
                dates::format,
                getTranslation("profile.source.self"),
                getTranslation("profile.source.manager"),
                getTranslation("profile.history.chart", skill.name()),
                getTranslation("profile.history.description", skill.name())));
        GridHeight.fit(history, entries.size(), HISTORY_SHOWN_WHOLE, "24rem");
        history.setItems(entries);
    }

    private static List<LevelTimeline.Point> points(List<Assessment> entries, Source source) {
        return entries.stream()
                .filter(assessment -> assessment.source() == source)
                .map(assessment -> new LevelTimeline.Point(
                        assessment.assessedAt(), assessment.level().value()))
                .toList();
    }

    private SkillProfile profile() {
        if (profile == null) {
            throw new IllegalStateException("no profile read");
        }
        return profile;
    }

    private LevelFormat levels() {
        if (levels == null) {
            throw new IllegalStateException("no scale read");
        }
        return levels;
    }
}
