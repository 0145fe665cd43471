package org.skillsmatrix.ui.myskills;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.skillsmatrix.domain.mentoring.GoalProgress;
import org.skillsmatrix.ui.base.LevelFormat;

/** A person's development goals with their progress: the level to reach, the level now, the mentor, the due date. */
public final class DevelopmentGoalsGrid extends Grid<GoalProgress> {

    private static final DateTimeFormatter DATES = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    public DevelopmentGoalsGrid(List<GoalProgress> goals, LevelFormat levels) {
        setId("development-goals");
        setAriaLabel(getTranslation("goals.label"));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(GoalProgress::skillName)
                .setKey("skill")
                .setHeader(getTranslation("goals.column.skill"))
                .setRowHeader(true);
        addColumn(goal -> levels.format(goal.goal().target()))
                .setKey("target")
                .setHeader(getTranslation("goals.column.target"));
        addColumn(goal -> levels.format(goal.current())).setKey("now").setHeader(getTranslation("goals.column.now"));
        addColumn(this::progress).setKey("progress").setHeader(getTranslation("goals.column.progress"));
        addColumn(goal -> goal.mentorName() == null ? "" : goal.mentorName())
                .setKey("mentor")
                .setHeader(getTranslation("goals.column.mentor"));
        addColumn(goal -> DATES.withLocale(getLocale()).format(goal.goal().due()))
                .setKey("due")
                .setHeader(getTranslation("goals.column.due"));
        setItems(goals);
    }

    String progress(GoalProgress goal) {
        return switch (goal.goal().status()) {
            case DONE -> getTranslation("goals.status.done");
            case CANCELLED -> getTranslation("goals.status.cancelled");
            case OPEN ->
                goal.reached()
                        ? getTranslation("goals.progress.reached")
                        : getTranslation("goals.progress.to-go", goal.stepsToGo());
        };
    }
}
