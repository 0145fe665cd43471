package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.sql.SQLTransientConnectionException;
import org.skillsmatrix.domain.base.NotFound;

/**
 * A page of the tests alone that fails as nothing in the product should: opened with {@code ?fail}, it throws on
 * entering; its button throws when clicked. Either failure names what a careless error page would give away. With
 * {@code ?database-down}, and its Save button, it fails as a page does while the database is out of reach.
 */
@Route(value = FailingPage.ROUTE, layout = MainLayout.class)
@PermitAll
public final class FailingPage extends Div implements BeforeEnterObserver {

    static final String ROUTE = "test-only/failing";

    /** What a careless failure would give away: SQL, a class name, a file. */
    static final String SECRET =
            "select email from person where id = 42 failed in org.skillsmatrix.persistence.Secret (Secret.java:12)";

    final Button fail = new Button("Fail", click -> {
        throw new IllegalStateException(SECRET);
    });

    final Button refuse = new Button("Refuse", click -> {
        throw new NotFound("Team", "42");
    });

    final Button needDatabase = new Button("Save", click -> {
        throw databaseDown();
    });

    public FailingPage() {
        add(fail, refuse, needDatabase);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        if (query.getParameters().containsKey("database-down")) {
            throw databaseDown();
        }
        if (query.getParameters().containsKey("fail")) {
            throw new IllegalStateException(
                    SECRET, new RuntimeException("Caused by org.postgresql.util.PSQLException"));
        }
    }

    /** What the persistence layer throws when the connection pool gets no connection in time. */
    private static RuntimeException databaseDown() {
        return new IllegalStateException(
                "Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));
    }
}
