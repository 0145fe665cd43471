package org.skillsmatrix.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests the firewall refuses before any filter chain sees them (an encoded percent sign, a semicolon or a NUL in
 * the path, a malformed header): 400, as problem details for the API, as the web pages' error page otherwise.
 */
final class RejectedRequests implements RequestRejectedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RequestRejectedHandler pages = new HttpStatusRequestRejectedHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException, ServletException {
        var path = request.getRequestURI();
        if (path == null || !(path.equals("/api") || path.startsWith("/api/"))) {
            pages.handle(request, response, rejected);
            return;
        }
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.put("status", HttpStatus.BAD_REQUEST.value());
        problem.put("detail", "The request's address or headers hold characters the API does not take");
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
