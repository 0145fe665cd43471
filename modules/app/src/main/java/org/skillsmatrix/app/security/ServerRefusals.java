package org.skillsmatrix.app.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers the web server gives on its own, to requests it refuses before the application sees them (an encoded
 * slash or backslash in the path, a malformed percent sign, characters a request line may not hold, headers over
 * the size limit): under {@code /api} problem details like every other answer of the API, elsewhere the server's
 * plain error page, without its version or a report.
 */
public final class ServerRefusals extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ServerRefusals() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (!underApi(request)) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        var problem = new LinkedHashMap<String, Object>();
        var known = HttpStatus.resolve(status);
        problem.put("type", "about:blank");
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        if (status == HttpStatus.BAD_REQUEST.value()) {
            problem.put(
                    "detail",
                    "The request is not well-formed HTTP: its address or headers hold what the server"
                            + " does not take, or its headers are too large");
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            var writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException gone) {
            // the client went away: nobody to answer
        }
    }

    /**
     * Whether the request's path, as sent and not decoded, lies under {@code /api}, or could not be read at all: a
     * request line that broken comes from a program, never from a browser following a link.
     */
    private static boolean underApi(Request request) {
        var path = request.getCoyoteRequest().requestURI().toString();
        return path == null || path.isEmpty() || path.equals("/api") || path.startsWith("/api/");
    }
}
