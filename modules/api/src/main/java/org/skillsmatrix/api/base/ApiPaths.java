package org.skillsmatrix.api.base;

import jakarta.servlet.http.HttpServletRequest;

/** Where the API lives. */
public final class ApiPaths {

    /** The prefix of every resource of this version of the API. */
    public static final String V1 = "/api/v1";

    private ApiPaths() {}

    /** The imports, which take files and have limits of their own. */
    static final String IMPORTS = V1 + "/imports";

    /** Whether the request is one for the API, which answers errors with problem details. */
    static boolean isApi(HttpServletRequest request) {
        var path = path(request);
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** Whether the request is one for an import. */
    static boolean isImport(HttpServletRequest request) {
        return path(request).startsWith(IMPORTS + "/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
