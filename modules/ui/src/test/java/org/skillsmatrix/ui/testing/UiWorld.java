package org.skillsmatrix.ui.testing;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import kotlin.jvm.functions.Function0;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.access.Actor;
import org.skillsmatrix.domain.assessment.ConfirmRatings;
import org.skillsmatrix.domain.assessment.RateOwnSkill;
import org.skillsmatrix.domain.assessment.RateTeamMember;
import org.skillsmatrix.domain.assessment.RatingAge;
import org.skillsmatrix.domain.assessment.ViewSkillProfile;
import org.skillsmatrix.domain.audittrail.ReadAuditTrail;
import org.skillsmatrix.domain.base.KeptAnswers;
import org.skillsmatrix.domain.base.PersonId;
import org.skillsmatrix.domain.calibration.CalibrateTeam;
import org.skillsmatrix.domain.catalog.BrowseCatalog;
import org.skillsmatrix.domain.catalog.MaintainCatalog;
import org.skillsmatrix.domain.certification.CertificationCatalog;
import org.skillsmatrix.domain.certification.HoldCertificates;
import org.skillsmatrix.domain.certification.SetCertificationTarget;
import org.skillsmatrix.domain.conflict.ExplainConflict;
import org.skillsmatrix.domain.gap.AnalyseOrganisationGaps;
import org.skillsmatrix.domain.gap.AnalysePersonGaps;
import org.skillsmatrix.domain.gap.AnalyseTeamGaps;
import org.skillsmatrix.domain.imports.ImportAssessments;
import org.skillsmatrix.domain.imports.ImportCertificates;
import org.skillsmatrix.domain.imports.ImportPeople;
import org.skillsmatrix.domain.mentoring.MentorProposals;
import org.skillsmatrix.domain.mentoring.PairingRules;
import org.skillsmatrix.domain.mentoring.ProposeMentors;
import org.skillsmatrix.domain.mentoring.SetDevelopmentGoals;
import org.skillsmatrix.domain.notification.ReadNotifications;
import org.skillsmatrix.domain.notification.SendReminders;
import org.skillsmatrix.domain.people.MaintainPeople;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.domain.personaldata.ExportPersonalData;
import org.skillsmatrix.domain.privacy.PrivacyThreshold;
import org.skillsmatrix.domain.profile.MaintainRoleProfiles;
import org.skillsmatrix.domain.report.ExportReport;
import org.skillsmatrix.domain.report.trend.AnalyseOrganisationTrend;
import org.skillsmatrix.domain.report.trend.AnalyseTeamTrend;
import org.skillsmatrix.domain.search.FindPeopleBySkill;
import org.skillsmatrix.domain.setup.ReadSetupProgress;
import org.skillsmatrix.domain.staffing.ProposeStaffing;
import org.skillsmatrix.domain.team.BrowseTeams;
import org.skillsmatrix.domain.team.MaintainTeams;
import org.skillsmatrix.domain.team.SetTeamTarget;
import org.skillsmatrix.domain.testing.TestOrganisation;
import org.skillsmatrix.domain.whatif.AnalyseWhatIf;
import org.skillsmatrix.domain.whatif.FindKnowledgeAtRisk;
import org.skillsmatrix.ui.base.CurrentUser;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The views on the domain's in-memory organisation, without a browser: a Spring context holding the
 * organisation's use cases, the views discovered as the application discovers them, and a signed-in user who
 * can be switched. Navigation goes through Vaadin's router, so a view that may not be opened ends on the
 * error view, as in the application.
 */
public final class UiWorld {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.skillsmatrix.ui");

    public final TestOrganisation org = new TestOrganisation();
    public final CalibrateTeam calibrateTeam = new CalibrateTeam(org.matrices, org.catalog, org.policy);
    public final ExplainConflict explainConflict = new ExplainConflict(org.auditLog, org.people, org.policy);
    /** The audit trail, exported as one line per entry: its action, whom it is about and its detail. */
    public final ReadAuditTrail readAuditTrail = new ReadAuditTrail(
            org.auditLog,
            org.people,
            org.policy,
            (lines, out) -> {
                while (lines.hasNext()) {
                    var line = lines.next();
                    out.write((line.entry().action() + "," + line.about().orElse("") + ","
                                    + line.entry().detail() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
            },
            org.clock);

    private final SwitchableUser user = new SwitchableUser();
    private AnalyseOrganisationGaps analyseOrganisationGaps = org.analyseOrganisationGaps;
    private ProposeMentors proposeMentors = org.proposeMentors;

    /** Shows the organisation's views under this privacy threshold instead of the test organisation's (none). */
    public void showOrganisationUnder(PrivacyThreshold privacy) {
        analyseOrganisationGaps = new AnalyseOrganisationGaps(org.coverage, org.people, org.policy, privacy);
    }

    /** Proposes mentor pairs keeping them in these kept answers instead of the test organisation's (none). */
    public void proposeMentorsKeepingIn(KeptAnswers<MentorProposals> kept) {
        proposeMentors = org.proposeMentors(PairingRules.DEFAULT_MENTOR_CAP, kept);
    }

    /** Opens a browserless UI, in English as the British write dates, with the person signed in as the actor. */
    public void signIn(Person person, Actor actor) {
        user.set(actor, person.name());
        var context = context();
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        UI.getCurrent().setLocale(Locale.UK);
    }

    /** Navigates to a path, with a query if it has one, e.g. {@code people-finder?skill=…}. */
    public void navigate(String path) {
        int query = path.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(path);
        } else {
            UI.getCurrent().navigate(path.substring(0, query), QueryParameters.fromString(path.substring(query + 1)));
        }
    }

    /** The address the browser shows after the last navigation, forwards included, e.g. {@code gaps/…}. */
    public String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    public void close() {
        MockVaadin.tearDown();
    }

    private GenericApplicationContext context() {
        var context = new GenericApplicationContext();
        register(context, CurrentUser.class, () -> user);
        register(context, AuthenticationContext.class, AuthenticationContext::new);
        register(context, BrowseTeams.class, () -> org.browseTeams);
        register(context, CalibrateTeam.class, () -> calibrateTeam);
        register(context, ExplainConflict.class, () -> explainConflict);
        register(context, AccessPolicy.class, () -> org.policy);
        register(context, BrowseCatalog.class, () -> org.browseCatalog);
        register(context, MaintainCatalog.class, () -> org.maintainCatalog);
        register(context, MaintainPeople.class, () -> org.maintainPeople);
        register(context, MaintainTeams.class, () -> org.maintainTeams);
        register(context, SetTeamTarget.class, () -> org.setTeamTarget);
        register(context, MaintainRoleProfiles.class, () -> org.maintainRoleProfiles);
        register(context, RateOwnSkill.class, () -> org.rateOwnSkill);
        register(context, RateTeamMember.class, () -> org.rateTeamMember);
        register(context, ConfirmRatings.class, () -> org.confirmRatings);
        register(context, RatingAge.class, () -> org.ratingAge);
        register(context, ViewSkillProfile.class, () -> org.viewSkillProfile);
        register(context, AnalyseTeamGaps.class, () -> org.analyseTeamGaps);
        register(context, AnalyseOrganisationGaps.class, () -> analyseOrganisationGaps);
        register(context, AnalysePersonGaps.class, () -> org.analysePersonGaps);
        register(context, FindPeopleBySkill.class, () -> org.findPeopleBySkill);
        register(context, ExportReport.class, () -> org.exportReport);
        register(context, ImportPeople.class, () -> org.importPeople);
        register(context, ImportAssessments.class, () -> org.importAssessments);
        register(context, ImportCertificates.class, () -> org.importCertificates);
        register(context, AnalyseWhatIf.class, () -> org.analyseWhatIf);
        register(context, ProposeMentors.class, () -> proposeMentors);
        register(context, SetDevelopmentGoals.class, () -> org.setDevelopmentGoals);
        register(context, ReadSetupProgress.class, () -> org.readSetupProgress);
        register(context, FindKnowledgeAtRisk.class, () -> org.findKnowledgeAtRisk);
        register(context, ProposeStaffing.class, () -> org.proposeStaffing);
        register(context, AnalyseTeamTrend.class, () -> org.analyseTeamTrend);
        register(context, AnalyseOrganisationTrend.class, () -> org.analyseOrganisationTrend);
        register(context, ReadNotifications.class, () -> org.readNotifications);
        register(context, SendReminders.class, () -> org.sendReminders);
        register(context, HoldCertificates.class, () -> org.holdCertificates);
        register(context, CertificationCatalog.class, () -> org.certificationCatalog);
        register(context, SetCertificationTarget.class, () -> org.setCertificationTarget);
        register(context, ReadAuditTrail.class, () -> readAuditTrail);
        register(context, ExportPersonalData.class, () -> org.exportPersonalData);
        context.refresh();
        return context;
    }

    private static <T> void register(GenericApplicationContext context, Class<T> type, Supplier<? extends T> bean) {
        context.registerBean(type, bean::get);
    }

    /** The signed-in user of the tests; the application reads theirs from the security context. */
    private static final class SwitchableUser implements CurrentUser {

        private Actor actor = Actor.of(PersonId.random());
        private String name = "";

        void set(Actor newActor, String newName) {
            actor = newActor;
            name = newName;
        }

        @Override
        public Actor actor() {
            return actor;
        }

        @Override
        public Optional<Actor> actorIfSignedIn() {
            return Optional.of(actor);
        }

        @Override
        public String displayName() {
            return name;
        }

        @Override
        public boolean demoMode() {
            return true;
        }
    }
}
