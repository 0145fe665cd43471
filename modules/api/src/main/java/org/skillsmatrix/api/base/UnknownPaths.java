package org.skillsmatrix.api.base;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers 404 with problem details for paths under {@code /api} that no resource has, which would otherwise fall
 * through to the web UI. It comes right after the controllers' mapping, so that a path that exists but not for
 * the request's method or media type still gets 405, 415 or 406 from there.
 */
final class UnknownPaths extends AbstractHandlerMapping {

    private final HandlerMethod notFound;

    UnknownPaths() {
        setOrder(1);
        try {
            Method method = UnknownPaths.class.getDeclaredMethod("notFound", HttpServletRequest.class);
            notFound = new HandlerMethod(this, method);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected @Nullable Object getHandlerInternal(HttpServletRequest request) {
        return ApiPaths.isApi(request) ? notFound : null;
    }

    /** The handler of every unknown path: there is nothing there. */
    void notFound(HttpServletRequest request) throws NoResourceFoundException {
        throw new NoResourceFoundException(
                HttpMethod.valueOf(request.getMethod()), request.getRequestURI(), request.getRequestURI());
    }
}
