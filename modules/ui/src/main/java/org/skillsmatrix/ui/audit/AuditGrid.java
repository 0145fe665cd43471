package org.skillsmatrix.ui.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.function.Function;
import org.skillsmatrix.domain.audit.AuditLine;
import org.skillsmatrix.domain.audit.AuditOrder;
import org.skillsmatrix.domain.base.Page;
import org.skillsmatrix.domain.base.PageRequest;
import org.skillsmatrix.ui.base.Dates;
import org.skillsmatrix.ui.base.NarrowScreen;

/**
 * Audit entries, newest first, each page read where they are stored when the grid scrolls to it: when, by whom,
 * about whom, the kind of change and what changed.
 */
final class AuditGrid extends Grid<AuditLine> {

    static final String CARD = "card";

    private final Dates dates = Dates.forCurrentUi();

    AuditGrid(String id, boolean withSubject) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(line -> dates.formatDateTime(line.entry().at()))
                .setKey("at")
                .setHeader(getTranslation("audit.column.at"))
                .setWidth("11rem")
                .setFlexGrow(0);
        addColumn(line -> line.actor().orElse(getTranslation("audit.unknown-person")))
                .setKey("actor")
                .setHeader(getTranslation("audit.column.actor"))
                .setWidth("10rem");
        if (withSubject) {
            addColumn(line -> line.about().orElse(""))
                    .setKey("about")
                    .setHeader(getTranslation("audit.column.about"))
                    .setWidth("10rem");
        }
        addColumn(line -> getTranslation(AuditKinds.key(line.kind())))
                .setKey("kind")
                .setHeader(getTranslation("audit.column.kind"))
                .setWidth("8rem")
                .setFlexGrow(0);
        addColumn(line -> line.entry().action())
                .setKey("action")
                .setHeader(getTranslation("audit.column.action"))
                .setWidth("10rem")
                .setFlexGrow(0);
        addColumn(line -> line.entry().detail())
                .setKey("detail")
                .setHeader(getTranslation("audit.column.detail"))
                .setFlexGrow(2);
        addComponentColumn(this::card)
                .setKey(CARD)
                .setHeader(getTranslation("audit.column.detail"))
                .setVisible(false);
        setEmptyStateText(getTranslation("audit.empty"));
        NarrowScreen.follow(this, this::showNarrow);
    }

    /** On a phone each entry shows as a card, one column wide; elsewhere as a row of columns. */
    void showNarrow(boolean narrow) {
        getColumns().forEach(column -> column.setVisible(CARD.equals(column.getKey()) == narrow));
    }

    /** The entry in one cell: when and by whom, whom it is about, its kind and action, and what changed. */
    private Component card(AuditLine line) {
        var when = new Span(dates.formatDateTime(line.entry().at()) + " · "
                + line.actor().orElse(getTranslation("audit.unknown-person")));
        when.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var kind = new Span(getTranslation(AuditKinds.key(line.kind())) + " · "
                + line.entry().action() + line.about().map(name -> " · " + name).orElse(""));
        kind.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var card = new VerticalLayout(when, kind, new Span(line.entry().detail()));
        card.setPadding(false);
        card.setSpacing(false);
        return card;
    }

    /** Shows what the reader gives, a page at a time, newest first; it is asked again for the count. */
    void show(Function<PageRequest<AuditOrder>, Page<AuditLine>> reader) {
        setItems(
                query ->
                        reader
                                .apply(new PageRequest<>(query.getPage(), query.getPageSize(), AuditOrder.AT, true))
                                .items()
                                .stream(),
                query -> (int) reader.apply(new PageRequest<>(0, 1, AuditOrder.AT, true))
                        .total());
    }
}
