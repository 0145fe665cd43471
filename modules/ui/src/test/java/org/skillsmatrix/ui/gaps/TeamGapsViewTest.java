package org.skillsmatrix.ui.gaps;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;
import static org.skillsmatrix.domain.testing.TestOrganisation.hr;
import static org.skillsmatrix.domain.testing.TestOrganisation.manager;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.catalog.Category;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.scale.Level;
import org.skillsmatrix.domain.staffing.Need;
import org.skillsmatrix.domain.team.Team;
import org.skillsmatrix.domain.team.TeamTarget;
import org.skillsmatrix.ui.base.ConflictNotice;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.ErrorView;
import org.skillsmatrix.ui.base.StaffingAddress;
import org.skillsmatrix.ui.base.TeamChooser;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.skillsmatrix.ui.testing.LitCells;
import org.skillsmatrix.ui.testing.StateNodes;
import org.skillsmatrix.ui.testing.UiWorld;

/** A team's gaps and targets as each role meets them, on the in-memory organisation. */
class TeamGapsViewTest {

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");
    private final Person ben = world.org.person("Ben Brown");
    private final Person maya = world.org.person("Maya Schmidt");
    private final Person max = world.org.person("Max Manager");
    private final Person hannah = world.org.person("Hannah Ruiz");
    private final Team payments = world.org.team("Payments", List.of(ada, ben), List.of(maya, max));
    private final Team search = world.org.team("Search", List.of(), List.of(hannah));
    private final Category databases = world.org.category("Databases");
    private final Category security = world.org.category("Security");
    private final Skill postgres = world.org.skill(databases, "PostgreSQL");
    private final Skill owasp = world.org.skill(security, "OWASP Top 10");
    private final Skill crypto = world.org.skill(security, "Cryptography");

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void aManagerSeesShortfallsAndNamedSinglePointsOfFailureRiskiestFirst() {
        world.org.target(payments, owasp, Level.PROFICIENT, 2);
        world.org.target(payments, crypto, Level.EXPERT, 1);
        world.org.selfRated(ada, owasp, Level.EXPERT);
        world.org.selfRated(ada, postgres, Level.PROFICIENT);
        world.org.selfRated(ben, postgres, Level.EXPERT);
        open(manager(maya), ViewRoutes.GAPS);
        var view = _get(TeamGapsView.class);

        assertThat(view.figures.getElement().getTextRecursively())
                .contains("0 of 2", "Targets met", "2 people", "Shortfall");
        assertThat(_get(ListItem.class, spec -> spec.withClasses("spof")).getText())
                .isEqualTo("OWASP Top 10: only Ada Lovelace is at 3 · Proficient or above");
        assertThat(view.singlePointsDetails.getSummaryText())
                .isEqualTo("1 skill rests on one person alone: who holds them");
        assertThat(view.singlePointsDetails.isOpened())
                .as("a short list shows open")
                .isTrue();
        assertThat(skills(view)).containsExactly("Cryptography", "OWASP Top 10");
        assertThat(_getFormatted(view.coverage, 1, TeamGapsView.TARGET))
                .isEqualTo("2 people at 3 · Proficient or above");
        assertThat(_getFormatted(view.coverage, 1, TeamGapsView.SHORTFALL)).isEqualTo("1");
        assertThat(_getFormatted(view.coverage, 1, TeamGapsView.SOLE_HOLDER)).isEqualTo("Ada Lovelace");
        assertThat(_getFormatted(view.coverage, 0, TeamGapsView.HOLDERS)).isEqualTo("0");

        _setValue(view.onlyAtRisk, false);
        assertThat(skills(view)).containsExactly("Cryptography", "OWASP Top 10", "PostgreSQL");
        _setValue(view.category, Set.of(databases));
        assertThat(skills(view)).containsExactly("PostgreSQL");

        assertThat(view.rollup.markup())
                .contains("Databases", "Security", "0 of 2 targets met · 1 single point of failure");
    }

    @Test
    void aTargetMetOnlyThanksToStaleRatingsSaysSoAndTheRuleIsStated() {
        world.org.target(payments, owasp, Level.PROFICIENT, 2);
        world.org.selfRated(ada, owasp, Level.EXPERT);
        world.org.clock.advance(java.time.Duration.ofDays(400));
        world.org.selfRated(ben, owasp, Level.PROFICIENT);
        open(manager(maya), ViewRoutes.GAPS);
        var view = _get(TeamGapsView.class);

        assertThat(view.figures.getElement().getTextRecursively())
                .contains("1Targets met only thanks to stale ratings");
        assertThat(view.staleRule.getText())
                .isEqualTo("A rating last stated more than 12 months ago is stale. Here stale ratings count at their"
                        + " level; a target met only thanks to them says so.");
        assertThat(skills(view)).as("shown among the risks").contains("OWASP Top 10");
        int owaspRow = skills(view).indexOf("OWASP Top 10");
        assertThat(_getFormatted(view.coverage, owaspRow, TeamGapsView.HOLDERS)).isEqualTo("2 (1 stale)");
        assertThat(_getFormatted(view.coverage, owaspRow, TeamGapsView.SHORTFALL))
                .isEqualTo("0, only thanks to stale ratings");
    }

    @Test
    void eachGapLinksToThePeopleFinderForTheSkillAtTheLevelThatCounts() {
        world.org.target(payments, owasp, Level.EXPERT, 1);
        open(manager(maya), ViewRoutes.GAPS);
        var view = _get(TeamGapsView.class);

        assertThat(LitCells.property(view.coverage, 0, TeamGapsView.FIND, FinderLinks.HREF))
                .isEqualTo("people-finder?skill=" + owasp.id() + "&level=4");
        assertThat(LitCells.property(view.coverage, 0, TeamGapsView.FIND, "label"))
                .isEqualTo("Find people in the organisation who hold OWASP Top 10");
    }

    @Test
    void aCoverageRowCostsNoComponentsOnTheServer() {
        world.org.selfRated(ada, postgres, Level.PROFICIENT);
        world.org.selfRated(ben, postgres, Level.PROFICIENT);
        open(manager(maya), ViewRoutes.GAPS);
        _setValue(_get(TeamGapsView.class).onlyAtRisk, false);
        int rows = _size(_get(TeamGapsView.class).coverage);
        int nodes = StateNodes.count();

        // held by two, so the new skills are no single points of failure, which the page lists by name
        IntStream.range(0, 20)
                .mapToObj(index -> world.org.skill(databases, "Database " + index))
                .forEach(skill -> {
                    world.org.selfRated(ada, skill, Level.EXPERT);
                    world.org.selfRated(ben, skill, Level.EXPERT);
                });
        world.navigate(ViewRoutes.of(ViewRoutes.GAPS, payments.id()));
        _setValue(_get(TeamGapsView.class).onlyAtRisk, false);

        assertThat(_size(_get(TeamGapsView.class).coverage)).isEqualTo(rows + 20);
        assertThat(StateNodes.count())
                .as("the server's state with %d coverage rows, against %d", rows + 20, rows)
                .isEqualTo(nodes);
    }

    @Test
    void aTargetRowCostsNoComponentsOnTheServerAndItsButtonsWork() {
        world.org.target(payments, owasp, Level.PROFICIENT, 2);
        open(manager(maya), ViewRoutes.GAPS);
        int nodes = StateNodes.of(_get(TeamGapsView.class));

        // in the same category, as the trend shows a column per category with targets
        world.org.target(payments, crypto, Level.EXPERT, 1);
        world.navigate(ViewRoutes.of(ViewRoutes.GAPS, payments.id()));
        var view = _get(TeamGapsView.class);

        assertThat(_size(view.targets)).isEqualTo(2);
        assertThat(StateNodes.of(view))
                .as("the view's state with 2 targets, against 1")
                .isEqualTo(nodes);
        assertThat(LitCells.property(view.targets, 0, TeamGapsView.ACTIONS, TargetActions.CHANGE_LABEL))
                .isEqualTo("Change the target for Cryptography");
        assertThat(LitCells.property(view.targets, 0, TeamGapsView.ACTIONS, TargetActions.REMOVE_LABEL))
                .isEqualTo("Remove the target for Cryptography");
        LitCells.call(view.targets, 0, TeamGapsView.ACTIONS, TargetActions.CHANGE);
        assertThat(_get(TargetDialog.class).isOpened()).isTrue();
    }

    @Test
    void aManagerAddsATargetAndTheCoverageFollows() {
        world.org.selfRated(ada, owasp, Level.PROFICIENT);
        open(manager(maya), ViewRoutes.GAPS);
        var view = _get(TeamGapsView.class);
        assertThat(_size(view.targets)).isZero();

        _click(view.addTarget);
        var dialog = _get(TargetDialog.class);
        _setValue(dialog.skill, owasp);
        _setValue(dialog.level, Level.PROFICIENT);
        _setValue(dialog.headcount, 2);
        _click(dialog.save);

        expectNotifications("Saved the target.");
        assertThat(world.org.targets.of(payments.id())).singleElement().satisfies(target -> {
            assertThat(target.skill()).isEqualTo(owasp.id());
            assertThat(target.level()).isEqualTo(Level.PROFICIENT);
            assertThat(target.headcount()).isEqualTo(2);
        });
        assertThat(_getFormatted(view.targets, 0, "headcount")).isEqualTo("2");
        assertThat(_getFormatted(view.targets, 0, TeamGapsView.HOLDERS)).isEqualTo("1");
        assertThat(_getFormatted(view.coverage, 0, TeamGapsView.SHORTFALL)).isEqualTo("1");
    }

    @Test
    void aManagerAddsACertificationTargetAndSeesAnExpiredCertificateLeaveItShort() {
        var cka = world.org.certification("Certified Kubernetes Administrator");
        world.org.certification("CISSP");
        var today = LocalDate.now(world.org.clock);
        world.org.certificate(ada, cka, today.minusYears(1), today.plusYears(2));
        world.org.certificate(ben, cka, today.minusYears(4), today.minusDays(1));
        open(manager(maya), ViewRoutes.GAPS);
        var section = _get(TeamGapsView.class).certificationTargets;
        assertThat(_size(section.targets)).isZero();

        _click(section.add);
        var dialog = _get(CertificationTargetDialog.class);
        _click(dialog.save);
        assertThat(dialog.certification.getErrorMessage()).isEqualTo("Choose a certification from the catalog.");
        _setValue(dialog.certification, cka);
        _setValue(dialog.holders, 2);
        _click(dialog.save);

        expectNotifications("Saved the target.");
        assertThat(world.org.certificationTargets.of(payments.id()))
                .singleElement()
                .satisfies(target -> assertThat(target.holders()).isEqualTo(2));
        var shown = _get(TeamGapsView.class).certificationTargets.targets;
        assertThat(_getFormatted(shown, 0, CertificationTargetsSection.CERTIFICATION))
                .isEqualTo("Certified Kubernetes Administrator");
        assertThat(_getFormatted(shown, 0, CertificationTargetsSection.HOLDERS)).isEqualTo("1");
        assertThat(_getFormatted(shown, 0, CertificationTargetsSection.LAPSED)).isEqualTo("1");
        assertThat(_getFormatted(shown, 0, CertificationTargetsSection.SHORTFALL))
                .isEqualTo("1 holder missing");
        assertThat(_get(TeamGapsView.class).figures.getElement().getTextRecursively())
                .contains("Certification targets met", "0 of 1");

        world.org.certificate(ben, cka, today, today.plusYears(3));
        open(hr(hannah), ViewRoutes.of(ViewRoutes.GAPS, payments.id()));
        var read = _get(TeamGapsView.class).certificationTargets;
        assertThat(_getFormatted(read.targets, 0, CertificationTargetsSection.SHORTFALL))
                .isEqualTo("Met");
        assertThat(read.add.isVisible())
                .as("only the team's managers set targets")
                .isFalse();
    }

    @Test
    void whoCouldFillTheGapsFollowsATargetAddedAndRemovedOnThePage() {
        world.org.selfRated(ada, owasp, Level.PROFICIENT);
        open(manager(maya), ViewRoutes.GAPS);
        var view = _get(TeamGapsView.class);
        assertThat(view.staffingLink.isVisible())
                .as("no shortfall, nobody to find")
                .isFalse();

        _click(view.addTarget);
        var dialog = _get(TargetDialog.class);
        _setValue(dialog.skill, owasp);
        _setValue(dialog.level, Level.PROFICIENT);
        _setValue(dialog.headcount, 3);
        _click(dialog.save);
        expectNotifications("Saved the target.");

        assertThat(view.staffingLink.isVisible()).isTrue();
        var request = StaffingAddress.parse(QueryParameters.fromString(view.staffingLink
                .getHref()
                .substring(view.staffingLink.getHref().indexOf('?') + 1)));
        assertThat(request.needs()).singleElement().isEqualTo(new Need(owasp.id(), Level.PROFICIENT, 2));
        assertThat(request.excluded()).containsExactlyInAnyOrder(ada.id(), ben.id());

        view.remove(GridKt._get(view.targets, 0));
        expectNotifications("Removed the target for OWASP Top 10.");
        assertThat(view.staffingLink.isVisible())
                .as("the shortfall is gone with its target")
                .isFalse();
    }

    @Test
    void badInputGetsAMessageAtItsField() {
        open(manager(maya), ViewRoutes.GAPS);
        _click(_get(TeamGapsView.class).addTarget);
        var dialog = _get(TargetDialog.class);

        _setValue(dialog.headcount, 0);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.skill.isInvalid()).isTrue();
        assertThat(dialog.skill.getErrorMessage()).isEqualTo("Choose the skill the target is for.");
        assertThat(dialog.headcount.isInvalid()).isTrue();
        assertThat(dialog.headcount.getErrorMessage()).isEqualTo("Enter a number of people from 1 to 1,000.");
        assertThat(world.org.targets.of(payments.id())).isEmpty();
    }

    @Test
    void theTargetsBinderShowsARequiredFieldTheDomainsRuleAndTheDomainsRejectionAtTheFieldAndSavesNothingMeanwhile() {
        open(manager(maya), ViewRoutes.GAPS);
        _click(_get(TeamGapsView.class).addTarget);
        var dialog = _get(TargetDialog.class);

        _setValue(dialog.headcount, null);
        _click(dialog.save);
        assertThat(dialog.skill.getErrorMessage()).isEqualTo("Choose the skill the target is for.");
        assertThat(dialog.headcount.getErrorMessage()).isEqualTo("Enter a number of people from 1 to 1,000.");

        _setValue(dialog.skill, postgres);
        _setValue(dialog.headcount, 1001);
        _click(dialog.save);
        assertThat(dialog.skill.isInvalid()).isFalse();
        assertThat(dialog.headcount.isInvalid()).isTrue();
        assertThat(dialog.headcount.getErrorMessage()).isEqualTo("Enter a number of people from 1 to 1,000.");

        _setValue(dialog.headcount, 2);
        world.org.catalog.update(
                world.org.catalog.skill(postgres.id()).orElseThrow().retire());
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.headcount.isInvalid()).isFalse();
        assertThat(dialog.skill.isInvalid()).isTrue();
        assertThat(dialog.skill.getErrorMessage())
                .isEqualTo("This skill is retired or no longer in the catalog, so it takes no new targets.");
        assertThat(world.org.targets.of(payments.id())).isEmpty();

        _setValue(dialog.skill, owasp);
        assertThat(dialog.skill.isInvalid())
                .as("another skill is not the one refused")
                .isFalse();
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(world.org.targets.of(payments.id())).singleElement().satisfies(target -> {
            assertThat(target.skill()).isEqualTo(owasp.id());
            assertThat(target.headcount()).isEqualTo(2);
        });
    }

    @Test
    void aSkillRetiredMeanwhileIsRefusedAtTheSkillField() {
        open(manager(maya), ViewRoutes.GAPS);
        _click(_get(TeamGapsView.class).addTarget);
        var dialog = _get(TargetDialog.class);
        _setValue(dialog.skill, postgres);
        world.org.catalog.update(
                world.org.catalog.skill(postgres.id()).orElseThrow().retire());

        _click(dialog.save);

        assertThat(dialog.skill.getErrorMessage())
                .isEqualTo("This skill is retired or no longer in the catalog, so it takes no new targets.");
    }

    @Test
    void aTargetSomeoneElseChangedMeanwhileSaysWhoAndOffersAReload() {
        var target = world.org.target(payments, owasp, Level.PROFICIENT, 1);
        open(manager(maya), ViewRoutes.GAPS);
        var view = _get(TeamGapsView.class);
        view.openTarget(GridKt._get(view.targets, 0));
        var dialog = _get(TargetDialog.class);
        world.org.clock.advance(Duration.ofMinutes(3));
        world.org.setTeamTarget.change(
                manager(max), new TeamTarget(payments.id(), owasp.id(), Level.EXPERT, 1, target.version()));

        _setValue(dialog.headcount, 3);
        _click(dialog.save);

        var notice = _get(ConflictNotice.class);
        var when = new Dates(Locale.UK, ZoneId.systemDefault()).formatDateTime(world.org.clock.instant());
        assertThat(notice.getElement().getTextRecursively())
                .startsWith("Max Manager changed this on " + when + " while you were editing (changed a target: "
                        + "OWASP Top 10: 1 at level 4 or above)");
        _click(notice.reload);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_getFormatted(view.targets, 0, "level")).isEqualTo("4 · Expert");
        assertThat(world.org.targets.of(payments.id()).getFirst().headcount()).isEqualTo(1);
    }

    @Test
    void aManagerRemovesATarget() {
        world.org.target(payments, owasp, Level.PROFICIENT, 1);
        open(manager(maya), ViewRoutes.GAPS);
        var view = _get(TeamGapsView.class);

        view.remove(GridKt._get(view.targets, 0));

        expectNotifications("Removed the target for OWASP Top 10.");
        assertThat(world.org.targets.of(payments.id())).isEmpty();
        assertThat(_size(view.targets)).isZero();
    }

    @Test
    void removingATargetSomeoneElseRemovedSaysSo() {
        var target = world.org.target(payments, owasp, Level.PROFICIENT, 1);
        open(manager(maya), ViewRoutes.GAPS);
        var view = _get(TeamGapsView.class);
        world.org.setTeamTarget.change(
                manager(max), new TeamTarget(payments.id(), owasp.id(), Level.EXPERT, 2, target.version()));

        view.remove(GridKt._get(view.targets, 0));

        assertThat(_get(ConflictNotice.class).getElement().getTextRecursively()).startsWith("Max Manager changed this");
        assertThat(world.org.targets.of(payments.id())).hasSize(1);
    }

    @Test
    void hrReadsTheGapsButChangesNoTarget() {
        world.org.target(payments, owasp, Level.PROFICIENT, 1);
        open(hr(hannah), ViewRoutes.of(ViewRoutes.GAPS, payments.id()));
        var view = _get(TeamGapsView.class);

        assertThat(view.addTarget.isVisible()).isFalse();
        assertThat(view.targets.getColumnByKey(TeamGapsView.ACTIONS).isVisible())
                .isFalse();
        assertThat(_size(view.targets)).isEqualTo(1);
        LitCells.call(view.targets, 0, TeamGapsView.ACTIONS, TargetActions.REMOVE);
        assertThat(_find(RemoveTargetDialog.class))
                .as("no removal offered to who may not")
                .isEmpty();
    }

    @Test
    void anEmployeeMayNotOpenGaps() {
        open(employee(ada), ViewRoutes.GAPS);

        _assertOne(ErrorView.class);
        _assertNone(TeamGapsView.class);
    }

    @Test
    void aManagerMayNotOpenAnotherTeamsGaps() {
        open(manager(maya), ViewRoutes.of(ViewRoutes.GAPS, search.id()));

        _assertOne(ErrorView.class);
    }

    @Test
    void choosingAnotherTeamShowsItsGapsWithEachColumnOnceAndOneDialogPerClickAndBackShowsTheFirst() {
        var data = world.org.team("Data", List.of(hannah), List.of(maya));
        world.org.target(data, owasp, Level.PROFICIENT, 1);
        open(manager(maya), ViewRoutes.of(ViewRoutes.GAPS, payments.id()));
        var view = _get(TeamGapsView.class);
        int columns = view.coverage.getColumns().size();

        _setValue(_get(TeamChooser.class), data);

        _assertNone(ErrorView.class);
        assertThat(view.getPageTitle()).isEqualTo("Gaps · Data");
        assertThat(view.coverage.getColumns()).hasSize(columns);
        assertThat(view.targets.getColumns()).hasSize(5);
        assertThat(_size(view.targets)).isEqualTo(1);
        assertThat(skills(view)).containsExactly("OWASP Top 10");
        _click(view.addTarget);
        assertThat(_find(TargetDialog.class)).hasSize(1);

        world.navigate(ViewRoutes.of(ViewRoutes.GAPS, payments.id()));
        assertThat(_size(view.targets)).isZero();
        assertThat(view.coverage.getColumns()).hasSize(columns);
        assertThat(_get(TeamChooser.class).getValue()).isEqualTo(payments);
    }

    @Test
    void theTrendShowsTheTeamsFiguresQuarterByQuarterAsAChartAndATableAndFollowsAnotherTeam() {
        var data = world.org.team("Data", List.of(hannah), List.of(maya));
        world.org.target(payments, owasp, Level.PROFICIENT, 1);
        world.org.selfRated(ada, owasp, Level.EXPERT);
        world.org.selfRated(ben, postgres, Level.EXPERT);
        open(manager(maya), ViewRoutes.of(ViewRoutes.GAPS, payments.id()));
        var view = _get(TeamGapsView.class);

        assertThat(_size(view.trend.table)).isEqualTo(9);
        assertThat(_getFormatted(view.trend.table, 0, "quarter")).isEqualTo("Now");
        assertThat(_getFormatted(view.trend.table, 0, "targets-met")).isEqualTo("1 of 1");
        assertThat(_getFormatted(view.trend.table, 0, "single-points")).isEqualTo("2");
        assertThat(_getFormatted(view.trend.table, 0, "category-" + security.id()))
                .isEqualTo("1 of 1");
        assertThat(_getFormatted(view.trend.table, 0, "category-" + databases.id()))
                .isEqualTo("no targets");
        assertThat(_getFormatted(view.trend.table, 8, "targets-met")).isEqualTo("0 of 1");
        assertThat(view.trend.chart.markup())
                .contains("Trend of Payments", "Now: 1 of 1 targets met, 2 single points of failure");
        int columns = view.trend.table.getColumns().size();

        _setValue(_get(TeamChooser.class), data);

        assertThat(view.trend.chart.markup()).contains("Trend of Data");
        assertThat(view.trend.table.getColumns()).hasSize(columns);
    }

    @Test
    void aTeamViewOpenedWithoutATeamShowsTheTeamsOwnAddressSoBackAfterAnotherTeamShowsTheFirst() {
        var data = world.org.team("Data", List.of(hannah), List.of(maya));
        open(manager(maya), ViewRoutes.GAPS);
        var shown = _get(TeamChooser.class).getValue();
        assertThat(world.location()).isEqualTo("gaps/" + shown.id());

        var other = shown.equals(data) ? payments : data;
        _setValue(_get(TeamChooser.class), other);
        assertThat(world.location()).isEqualTo("gaps/" + other.id());

        for (var route : List.of(
                ViewRoutes.GAPS, ViewRoutes.MATRIX, ViewRoutes.CALIBRATION, ViewRoutes.WHAT_IF, ViewRoutes.MENTORING)) {
            world.navigate(route);
            assertThat(world.location()).as(route).isEqualTo(route + "/" + other.id());
        }
    }

    private void open(Actor actor, String path) {
        world.signIn(world.org.people.byId(actor.person()).orElseThrow(), actor);
        world.navigate(path);
    }

    private static List<String> skills(TeamGapsView view) {
        return IntStream.range(0, _size(view.coverage))
                .mapToObj(index -> GridKt._get(view.coverage, index).skill().name())
                .toList();
    }
}
