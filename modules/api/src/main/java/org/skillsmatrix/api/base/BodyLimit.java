package org.skillsmatrix.api.base;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses JSON bodies larger than any request of the API needs ({@value #MAX_BYTES} bytes by their Content-Length)
 * with 413, before they are read; {@link BodyCap} stops those that declare no length, sent in chunks, when they
 * pass the limit. The imports take files and have limits of their own.
 */
final class BodyLimit implements HandlerInterceptor {

    static final long MAX_BYTES = 1_000_000;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw new PayloadTooLarge(String.format(
                    Locale.ROOT,
                    "The request body has %,d bytes; the API takes at most %,d, except for imports",
                    request.getContentLengthLong(),
                    MAX_BYTES));
        }
        return true;
    }
}
