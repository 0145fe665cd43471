package org.skillsmatrix.app.security;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * Cookies as a browser keeps them for the loopback host: Keycloak marks its sign-in cookies {@code Secure}
 * even over plain HTTP, and browsers send those to {@code localhost} (a secure context), where Java's own
 * {@link CookieManager} would keep them back.
 */
final class LoopbackCookies extends CookieHandler {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return cookies.get(secureIfLoopback(uri), requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        cookies.put(uri, responseHeaders);
    }

    private static URI secureIfLoopback(URI uri) {
        if (!"http".equals(uri.getScheme()) || !"localhost".equals(uri.getHost())) {
            return uri;
        }
        try {
            return new URI(
                    "https", uri.getUserInfo(), uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
