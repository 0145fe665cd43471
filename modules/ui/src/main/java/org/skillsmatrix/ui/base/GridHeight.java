package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.grid.Grid;

/**
 * A grid as tall as its rows while they are few, and past that a grid of a fixed height that scrolls. A grid
 * showing all its rows makes the browser build every one of them in the page at once: thousands froze the page, and
 * the organisation's 19,585 proposed mentor pairs made Chromium close the tab. A grid that scrolls builds the rows in
 * view, and asks the server only for those.
 */
public final class GridHeight {

    private GridHeight() {}

    /** Shows all {@code rows} if they are at most {@code wholeUpTo}, otherwise {@code scrollingHeight} of them. */
    public static void fit(Grid<?> grid, int rows, int wholeUpTo, String scrollingHeight) {
        var whole = rows <= wholeUpTo;
        grid.setAllRowsVisible(whole);
        grid.setHeight(whole ? null : scrollingHeight);
    }
}
