package org.skillsmatrix.ui.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillsmatrix.domain.testing.TestOrganisation.employee;

import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.people.Person;
import org.skillsmatrix.ui.testing.UiWorld;

class LandmarksTest {

    private final UiWorld world = new UiWorld();
    private final Person ada = world.org.person("Ada Lovelace");

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void everyViewShownIsTheMainLandmarkAndTheSkipLinkCanFocusIt() {
        world.signIn(ada, employee(ada));
        for (var path : List.of(ViewRoutes.MY_SKILLS, ViewRoutes.NOTIFICATIONS, ViewRoutes.PROFILE, "signed-out")) {
            world.navigate(path);

            var view = UI.getCurrent().getCurrentView().getElement();
            assertThat(view.getAttribute("role")).as(path).isEqualTo("main");
            assertThat(view.getAttribute("tabindex")).as(path).isEqualTo("-1");
            assertThat(view.getParent().getAttribute("role")).as(path).isNull();
        }
    }
}
