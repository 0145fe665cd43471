package org.skillsmatrix.api.base;

import jakarta.servlet.http.HttpServletRequest;

/** Where the API lives. */
public final class ApiPaths {

    /** The prefix of every resource of this version of the API. */
    public static final String V1 = "/api/v1";

    private ApiPaths() {}

    /** Whether the request is one for the API, which answers errors with problem details. */
    static boolean isApi(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
