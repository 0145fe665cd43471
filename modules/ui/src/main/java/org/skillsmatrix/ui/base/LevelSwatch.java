package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.scale.Level;

/** A level as a small coloured box with its number: the heatmap's colours outside the heatmap. */
public final class LevelSwatch extends Span {

    public LevelSwatch(@Nullable Level level, String label) {
        setText(level == null ? "–" : String.valueOf(level.value()));
        addClassNames("level-swatch", LevelPalette.part(level));
        getElement().setAttribute("title", label);
        getElement().setAttribute("aria-label", label);
    }
}
