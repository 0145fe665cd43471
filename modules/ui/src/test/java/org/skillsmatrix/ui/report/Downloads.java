package org.skillsmatrix.ui.report;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Fetches what a download link serves, as a browser would: through the session's stream resources to the link's
 * download handler, into a fake servlet response whose status, headers and body a test reads; then one client
 * round trip, which runs what the handler handed back to the page. A servlet container ends the answer when its
 * body is closed, so whether the handler closed the body says whether the browser could hold the whole file
 * before the handler returned.
 */
public final class Downloads {

    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]+)\"");

    private Downloads() {}

    /**
     * What the server sent.
     *
     * @param closedByHandler whether the handler closed the body: the answer then ended before the handler returned
     */
    public record Fetched(
            int status,
            @Nullable String disposition,
            @Nullable String contentType,
            byte[] body,
            boolean closedByHandler) {

        public String fileName() {
            if (disposition == null) {
                throw new AssertionError("no Content-Disposition header");
            }
            var name = FILE_NAME.matcher(disposition);
            if (!name.find()) {
                throw new AssertionError("no file name in " + disposition);
            }
            return name.group(1);
        }
    }

    public static Fetched fetch(Anchor link) {
        var session = VaadinSession.getCurrent();
        var resource = session.getResourceRegistry()
                .getResource(URI.create(link.getHref()))
                .orElseThrow(() -> new AssertionError("no download behind " + link.getHref()));
        var handler = ((StreamResourceRegistry.ElementStreamResource) resource).getElementRequestHandler();
        var servletResponse = new ClosingTold();
        var response = new VaadinServletResponse(servletResponse, (VaadinServletService) VaadinService.getCurrent());
        try {
            handler.handleRequest(VaadinRequest.getCurrent(), response, session, link.getElement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MockVaadin.clientRoundtrip(false);
        return new Fetched(
                servletResponse.getStatus(),
                servletResponse.getHeader("Content-Disposition"),
                servletResponse.getContentType(),
                servletResponse.getBuffer().toByteArray(),
                servletResponse.closed);
    }

    /** A fake response that tells whether its body was closed. */
    private static final class ClosingTold extends FakeResponse {

        private boolean closed;

        @Override
        public ServletOutputStream getOutputStream() {
            var body = super.getOutputStream();
            return new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    body.write(bytes, offset, length);
                }

                @Override
                public void flush() throws IOException {
                    body.flush();
                }

                @Override
                public void close() throws IOException {
                    closed = true;
                    body.close();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    body.setWriteListener(listener);
                }
            };
        }
    }
}
