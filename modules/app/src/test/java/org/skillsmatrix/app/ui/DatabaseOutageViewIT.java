package org.skillsmatrix.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillsmatrix.app.SkillsMatrixApplication;
import org.skillsmatrix.persistence.embedded.EmbeddedDatabase;
import org.skillsmatrix.ui.base.ErrorView;
import org.skillsmatrix.ui.base.MainLayout;
import org.skillsmatrix.ui.myskills.MySkillsView;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The web UI while its PostgreSQL server is stopped: a page opened then says the database is unavailable, inside the
 * layout with its menu, instead of an error page; once the server is back the same page opens again, nothing
 * restarted.
 */
class DatabaseOutageViewIT {

    @TempDir
    Path data;

    @Test
    void a_page_opened_while_the_database_is_down_says_so_in_the_layout_and_opens_once_it_is_back() {
        var database = EmbeddedDatabase.start(data, 0);
        int port = database.port();
        try (var app = new SpringApplicationBuilder(SkillsMatrixApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        // the demo organisation, which is off by default on a database given by its URL
                        "--skills-matrix.demo-data.enabled=true")) {
            BrowserlessUi.open(app);
            try {
                BrowserlessUi.signIn(app, "employee");
                UI.getCurrent().navigate("");
                _assertOne(MySkillsView.class);

                database.close();
                UI.getCurrent().refreshCurrentRoute(true);

                _assertOne(ErrorView.class);
                _assertOne(MainLayout.class);
                assertThat(_get(Paragraph.class, spec -> spec.withId("error-message"))
                                .getText())
                        .startsWith("The database cannot be reached at the moment");

                database = EmbeddedDatabase.start(data, port);

                // as the page asks, the user tries again in a moment: the pool opens new connections meanwhile
                await("My skills opened again once the database is back")
                        .atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(500))
                        .pollInSameThread()
                        .untilAsserted(() -> {
                            UI.getCurrent().refreshCurrentRoute(true);
                            _assertOne(MySkillsView.class);
                        });
            } finally {
                BrowserlessUi.close();
            }
        } finally {
            database.close();
        }
    }
}
