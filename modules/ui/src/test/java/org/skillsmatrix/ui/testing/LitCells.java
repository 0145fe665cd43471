package org.skillsmatrix.ui.testing;

import static com.github.mvysny.kaributesting.v10.GridKt._get;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;

/**
 * A grid's cells that the browser draws from a Lit template, read and used without a browser: the row's value
 * of a template's property, and a click on a template's function as the browser sends it for that row.
 */
public final class LitCells {

    private LitCells() {}

    /** The value the template's {@code item.property} shows in the row of the column. */
    public static <T> @Nullable Object property(Grid<T> grid, int row, String column, String property) {
        var provider = renderer(grid, column).getValueProviders().get(property);
        if (provider == null) {
            throw new AssertionError("the column " + column + " has no property " + property);
        }
        return provider.apply(_get(grid, row));
    }

    /** Calls the template's function in the row of the column, as the browser's event handler does. */
    public static <T> void call(Grid<T> grid, int row, String column, String function) {
        var handler = functions(renderer(grid, column)).get(function);
        if (handler == null) {
            throw new AssertionError("the column " + column + " has no function " + function);
        }
        handler.accept(_get(grid, row), JacksonUtils.createArrayNode());
    }

    @SuppressWarnings("unchecked")
    private static <T> LitRenderer<T> renderer(Grid<T> grid, String column) {
        var renderer = grid.getColumnByKey(column).getRenderer();
        if (!(renderer instanceof LitRenderer<T> lit)) {
            throw new AssertionError("the column " + column + " is not drawn by a Lit template");
        }
        return lit;
    }

    /** The renderer keeps its functions to itself; the browser reaches them through the grid's return channel. */
    @SuppressWarnings("unchecked")
    private static <T> Map<String, SerializableBiConsumer<T, ArrayNode>> functions(LitRenderer<T> renderer) {
        try {
            var field = LitRenderer.class.getDeclaredField("clientCallables");
            field.setAccessible(true);
            return (Map<String, SerializableBiConsumer<T, ArrayNode>>) field.get(renderer);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the Lit renderer's functions are out of reach", e);
        }
    }
}
