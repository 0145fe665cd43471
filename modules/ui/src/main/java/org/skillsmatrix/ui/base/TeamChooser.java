package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.team.Team;

/** Chooses one of the teams the signed-in person may read; the views open the chosen team's page. */
public final class TeamChooser extends Select<Team> {

    public TeamChooser(List<Team> teams, @Nullable Team selected, SerializableConsumer<Team> onChoose) {
        setId("team-chooser");
        setLabel(getTranslation("team-chooser.label"));
        setItems(teams);
        setItemLabelGenerator(Team::name);
        setEmptySelectionAllowed(false);
        setWidth("16rem");
        if (selected != null) {
            setValue(selected);
        }
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                onChoose.accept(event.getValue());
            }
        });
    }
}
