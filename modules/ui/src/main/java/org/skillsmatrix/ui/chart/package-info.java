/**
 * Charts drawn on the server as SVG markup: no JavaScript library and no frontend build. Each chart is a
 * pure function from data and already translated labels to markup, so it is tested without a browser; the
 * views show it with Vaadin's {@code Svg} component, beside a table with the same figures.
 */
@NullMarked
package org.skillsmatrix.ui.chart;

import org.jspecify.annotations.NullMarked;
