package org.skillsmatrix.ui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Evidence as written, with each http or https address in it made a link that opens in a new tab and tells
 * the target nothing of where it came from. Anything else, such as a {@code javascript:} address, stays text.
 */
public final class EvidenceText extends Div {

    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?)]'";

    /** A part of the evidence: text, or a link whose text is its address. */
    public record Part(String text, boolean link) {}

    public EvidenceText(String evidence) {
        getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere");
        for (var part : parts(evidence)) {
            if (part.link()) {
                var anchor = new Anchor(part.text(), part.text(), AnchorTarget.BLANK);
                anchor.getElement().setAttribute("rel", "noopener noreferrer nofollow");
                add(anchor);
            } else {
                add(new Span(part.text()));
            }
        }
    }

    /** The evidence cut into text and safe links, in order. */
    public static List<Part> parts(String evidence) {
        var parts = new ArrayList<Part>();
        var matcher = ADDRESS.matcher(evidence);
        int at = 0;
        while (matcher.find()) {
            var address = trimmed(matcher.group());
            int end = matcher.start() + address.length();
            if (safe(address) == null) {
                continue;
            }
            if (matcher.start() > at) {
                parts.add(new Part(evidence.substring(at, matcher.start()), false));
            }
            parts.add(new Part(address, true));
            at = end;
        }
        if (at < evidence.length()) {
            parts.add(new Part(evidence.substring(at), false));
        }
        return parts;
    }

    /** Punctuation that ends a sentence is not part of the address before it. */
    private static String trimmed(String address) {
        int end = address.length();
        while (end > 0 && TRAILING.indexOf(address.charAt(end - 1)) >= 0) {
            end--;
        }
        return address.substring(0, end);
    }

    private static @Nullable URI safe(String address) {
        try {
            var uri = new URI(address);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && uri.getUserInfo() == null ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
