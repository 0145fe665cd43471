package org.skillsmatrix.ui.myskills;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.ConfirmRatings;
import org.skillsmatrix.domain.assessment.RateOwnSkill;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.assessment.ViewSkillProfile;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.gap.AnalysePersonGaps;
import org.skillsmatrix.domain.gap.PersonGaps;
import org.skillsmatrix.domain.mentoring.SetDevelopmentGoals;
import org.skillsmatrix.domain.setup.ReadSetupProgress;
import org.skillsmatrix.ui.base.CatalogInLanguage;
import org.skillsmatrix.ui.base.CurrentUser;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.LevelFormat;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.setup.SetupChecklist;

/**
 * The signed-in person's skills: the whole catalog by category with their own level, their manager's
 * validated level, what their role expects, their interest and when they were last rated; they rate a skill
 * themselves from its row. Their development goals, if they have any, come first, with their progress.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public final class MySkillsView extends VerticalLayout implements HasDynamicTitle {

    private final Actor actor;
    private final ViewSkillProfile profiles;
    private final RateOwnSkill rateOwnSkill;
    private final ConfirmRatings confirmRatings;
    private final RatingAge age;
    private final Button confirmAll = new Button();
    private final LevelFormat levels;
    private final SkillTree tree;
    private final Paragraph summary = new Paragraph();
    private final List<CategoryRow> categories;
    private final PersonGaps gaps;
    private final SetDevelopmentGoals developmentGoals;
    private @Nullable DevelopmentGoalsGrid goalsGrid;

    public MySkillsView(
            CurrentUser currentUser,
            BrowseCatalog catalog,
            ViewSkillProfile profiles,
            AnalysePersonGaps personGaps,
            RateOwnSkill rateOwnSkill,
            ConfirmRatings confirmRatings,
            RatingAge age,
            SetDevelopmentGoals developmentGoals,
            ReadSetupProgress setup) {
        this.actor = currentUser.actor();
        this.profiles = profiles;
        this.rateOwnSkill = rateOwnSkill;
        this.confirmRatings = confirmRatings;
        this.age = age;
        this.developmentGoals = developmentGoals;
        var view = CatalogInLanguage.read(catalog, actor, getLocale());
        this.gaps = personGaps.analyse(actor, actor.person());
        this.categories = SkillRows.of(view, profiles.of(actor, actor.person()), gaps);
        this.levels = new LevelFormat(view.scale());
        this.tree = new SkillTree(levels, Dates.forCurrentUi(), age, this::openRating, this::confirm);

        setSizeFull();
        summary.setId("my-skills-summary");
        var intro = new Paragraph(getTranslation("myskills.intro"));
        intro.addClassNames(LumoUtility.Margin.NONE);
        summary.addClassNames(LumoUtility.Margin.NONE);
        if (setup.mayRead(actor)) {
            var progress = setup.read(actor);
            if (!progress.complete()) {
                add(new SetupChecklist(progress));
            }
        }
        add(intro, summary);
        var goals = developmentGoals.goalsOf(actor, actor.person());
        if (!goals.isEmpty()) {
            var heading = new H2(getTranslation("goals.title"));
            heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
            goalsGrid = new DevelopmentGoalsGrid(goals, levels);
            add(heading, goalsGrid);
        }
        confirmAll.setId("confirm-all");
        confirmAll.setIcon(VaadinIcon.CHECK_CIRCLE.create());
        confirmAll.addClickListener(event -> confirmAllStale());
        var tools = new FlexLayout(filter(), confirmAll);
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tools.setAlignItems(Alignment.END);
        tools.getStyle().set("gap", "var(--lumo-space-m)");
        tools.setWidthFull();
        add(tools, tree);
        setFlexGrow(1, tree);
        tree.setRows(categories);
        summarise();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myskills.title");
    }

    private TextField filter() {
        var filter = new TextField(getTranslation("myskills.filter.label"));
        filter.setId("skill-filter");
        filter.setPlaceholder(getTranslation("myskills.filter.placeholder"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("min(24rem, 100%)");
        filter.addValueChangeListener(event -> tree.filter(event.getValue()));
        return filter;
    }

    private void summarise() {
        long stale = categories.stream()
                .flatMap(category -> category.skills().stream())
                .filter(row -> row.confirmable(age))
                .count();
        confirmAll.setText(getTranslation("myskills.confirm-all", stale));
        confirmAll.setEnabled(stale > 0);
        confirmAll
                .getElement()
                .setAttribute("title", getTranslation("myskills.confirm-all.tooltip", age.staleAfterMonths()));
        var profile = gaps.profile();
        summary.setText(
                profile == null
                        ? getTranslation("myskills.no-profile")
                        : getTranslation("myskills.profile", profile.name(), SkillRows.belowExpectation(categories)));
    }

    private void openRating(SkillRow row) {
        new RatingDialog(
                        row,
                        levels,
                        (level, interest, evidence) ->
                                rateOwnSkill.rate(actor, row.skill().id(), level, interest, evidence),
                        saved -> rated(row, saved))
                .open();
    }

    private void confirm(SkillRow row) {
        var confirmed = confirmRatings.confirmOwn(actor, row.skill().id());
        refreshRows(List.of(row));
        Notification.show(getTranslation("myskills.confirmed", row.name(), levels.format(confirmed.level())))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void confirmAllStale() {
        var confirmed = confirmRatings.confirmAllStale(actor);
        var skills = confirmed.stream().map(Assessment::skill).collect(Collectors.toSet());
        refreshRows(categories.stream()
                .flatMap(category -> category.skills().stream())
                .filter(row -> skills.contains(row.skill().id()))
                .toList());
        Notification.show(getTranslation("myskills.confirmed-all", confirmed.size()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refreshRows(List<SkillRow> rows) {
        var profile = profiles.of(actor, actor.person());
        var current = profile.currentBySkill();
        for (var row : rows) {
            row.update(
                    current.get(row.skill().id()), profile.historyOf(row.skill().id()));
            tree.refresh(row);
        }
        summarise();
    }

    private void rated(SkillRow row, Assessment saved) {
        refreshRows(List.of(row));
        if (goalsGrid != null) {
            goalsGrid.setItems(developmentGoals.goalsOf(actor, actor.person()));
        }
        var notification =
                Notification.show(getTranslation("myskills.saved", row.name(), levels.format(saved.level())));
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
