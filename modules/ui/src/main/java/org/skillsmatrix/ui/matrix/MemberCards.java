package org.skillsmatrix.ui.matrix;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Comparator;
import java.util.List;
import org.skillsmatrix.domain.catalog.Skill;
import org.skillsmatrix.ui.base.LevelFormat;

/**
 * One member's skills as a list of cards, for a phone where the heatmap's columns do not fit: the self-ratings
 * a manager has not validated yet first, then the other rated skills, then the unrated, each in catalog order.
 * A card shows the person's own level and the manager's, and its button opens the rating dialog where the
 * actor may rate the member.
 */
final class MemberCards extends Grid<Skill> {

    static final String CARD = "card";

    private final MatrixRow row;
    private final LevelFormat levels;

    MemberCards(
            MatrixRow row, List<Skill> skills, LevelFormat levels, SerializableBiConsumer<MatrixRow, Skill> onOpen) {
        this.row = row;
        this.levels = levels;
        setId("member-cards");
        setAriaLabel(getTranslation("matrix.cards.label", row.person().name()));
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setSizeFull();
        setEmptyStateText(getTranslation("matrix.cards.empty"));
        addComponentColumn(skill -> card(skill, onOpen))
                .setKey(CARD)
                .setHeader(row.person().name());
        setItems(skills.stream().sorted(Comparator.comparingInt(this::rank)).toList());
    }

    /** 0 for a self-rating awaiting validation, 1 for another rated skill, 2 for an unrated one. */
    int rank(Skill skill) {
        return row.rating(skill.id())
                .map(rating -> LevelSource.VALIDATED.unvalidated(rating) ? 0 : 1)
                .orElse(2);
    }

    Div card(Skill skill, SerializableBiConsumer<MatrixRow, Skill> onOpen) {
        var name = new Div(skill.name());
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var rating = row.rating(skill.id());
        var standing = new Div(getTranslation(
                "matrix.cards.standing",
                levels.format(
                        rating.flatMap(LevelSource.SELF::level).orElse(null), getTranslation("matrix.cards.not-rated")),
                levels.format(
                        rating.flatMap(LevelSource.MANAGER::level).orElse(null),
                        getTranslation("matrix.cards.not-rated"))));
        standing.addClassNames(LumoUtility.FontSize.SMALL, "standing");
        var card = new Div(name, standing);
        card.addClassNames("member-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        if (row.rateable()) {
            var awaiting = rank(skill) == 0;
            var open = new Button(getTranslation(awaiting ? "matrix.cards.validate" : "matrix.cards.rate"));
            open.addThemeVariants(awaiting ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setAriaLabel(getTranslation(
                    awaiting ? "matrix.cards.validate.aria" : "matrix.cards.rate.aria",
                    row.person().name(),
                    skill.name()));
            open.addClickListener(click -> onOpen.accept(row, skill));
            card.add(open);
        }
        return card;
    }
}
