package org.skillsmatrix.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillsmatrix.demo.DemoPeople;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.team.Teams;
import org.skillsmatrix.ui.base.ErrorView;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.base.ViewRoutes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A failure nobody foresaw, through the whole stack — the view, the use case, the persistence adapter and
 * PostgreSQL: the team targets' table is gone while a manager opens the team's gaps. The page shows our own text
 * and an error id inside the layout, menu and all; the log holds the failure under that id; nothing of the failure
 * (SQL, a class name) reaches the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedFailureViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    People people;

    @Autowired
    Teams teams;

    @BeforeEach
    void openUi() {
        BrowserlessUi.open(context);
    }

    @AfterEach
    void closeUi() {
        BrowserlessUi.close();
    }

    @Test
    void a_page_that_fails_shows_our_text_and_the_error_id_the_log_holds_inside_the_layout(CapturedOutput log) {
        var noah = people.byEmail(DemoPeople.EMPLOYEE).orElseThrow();
        var payments = teams.memberOf(noah.id()).getFirst();
        BrowserlessUi.signIn(context, "manager");
        var path = ViewRoutes.of(ViewRoutes.GAPS, payments.id());

        jdbc.execute("alter table team_target rename to team_target_away");
        try {
            UI.getCurrent().navigate(path);
        } finally {
            jdbc.execute("alter table team_target_away rename to team_target");
        }

        _assertOne(MainLayout.class);
        _assertOne(SideNav.class);
        _assertOne(ErrorView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-message")).getText())
                .startsWith("Something went wrong on our side");
        var id = _get(Span.class, spec -> spec.withId("error-id")).getText();
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(UI.getCurrent().getElement().getTextRecursively())
                .doesNotContain("team_target", "select", "Exception", "org.", "SQL");
        assertThat(log.getOut() + log.getErr())
                .contains("Error " + id + " opening /" + path)
                .contains("team_target");
    }
}
