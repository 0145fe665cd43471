package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.skillsmatrix.domain.base.NotFound;

/**
 * A page of the tests alone that fails as nothing in the product should: opened with {@code ?fail}, it throws on
 * entering; its button throws when clicked. Either failure names what a careless error page would give away.
 */
@Route(value = FailingPage.ROUTE, layout = MainLayout.class)
@PermitAll
public class FailingPage extends Div implements BeforeEnterObserver {

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

    public FailingPage() {
        add(fail, refuse);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        if (query.getParameters().containsKey("fail")) {
            throw new IllegalStateException(
                    SECRET, new RuntimeException("Caused by org.postgresql.util.PSQLException"));
        }
    }
}
