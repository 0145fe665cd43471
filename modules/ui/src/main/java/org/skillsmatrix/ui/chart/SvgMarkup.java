package org.skillsmatrix.ui.chart;

import java.util.Locale;

/** A small writer of SVG markup: elements with attributes, text escaped, coordinates with a dot. */
final class SvgMarkup {

    private final StringBuilder out = new StringBuilder();

    SvgMarkup(double width, double height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(number(width))
                .append(' ')
                .append(number(height))
                .append("\" width=\"")
                .append(number(width))
                .append("\" height=\"")
                .append(number(height))
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-description\">");
        out.append("<title id=\"chart-title\">").append(escape(title)).append("</title>");
        out.append("<desc id=\"chart-description\">")
                .append(escape(description))
                .append("</desc>");
    }

    /** An empty element, e.g. {@code element("line", "x1", 0, "y1", 0, ...)}; attributes as name, value pairs. */
    SvgMarkup element(String name, Object... attributes) {
        open(name, attributes);
        out.append("/>");
        return this;
    }

    /** An element with text content. */
    SvgMarkup text(String name, String text, Object... attributes) {
        open(name, attributes);
        out.append('>').append(escape(text)).append("</").append(name).append('>');
        return this;
    }

    SvgMarkup raw(String markup) {
        out.append(markup);
        return this;
    }

    String end() {
        return out.append("</svg>").toString();
    }

    private void open(String name, Object... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            var value = attributes[i + 1];
            var text = value instanceof Number n ? number(n.doubleValue()) : String.valueOf(value);
            out.append(' ')
                    .append(attributes[i])
                    .append("=\"")
                    .append(escape(text))
                    .append('"');
        }
    }

    static String number(double value) {
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String escape(String text) {
        var escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
