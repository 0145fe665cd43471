package org.skillsmatrix.ui.chart;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;

/** Shows a chart's SVG markup in the page, styled by the stylesheet's chart rules. */
public final class Chart extends Div {

    private final Svg svg = new Svg();
    private String markup = "";

    public Chart(String id) {
        setId(id);
        addClassName("chart");
        add(svg);
    }

    public void setMarkup(String newMarkup) {
        markup = newMarkup;
        svg.setSvg(newMarkup);
    }

    /** The markup shown, for tests. */
    public String markup() {
        return markup;
    }
}
