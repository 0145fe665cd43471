package org.skillsmatrix.app.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.skillsmatrix.domain.people.SignOut;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The HTTP sessions of this node signed in through the identity provider, each with the provider's session id
 * ({@code sid}), the account ({@code sub}) and when its ID token was issued, taken from the ID token when the
 * sign-in is stored in the session. A sign-out at the provider ends the matching ones: the session is invalidated,
 * and with it the Vaadin session it holds, so the next request of that browser is sent to sign in.
 */
final class ProviderSessions implements HttpSessionAttributeListener, HttpSessionListener, HttpSessionIdListener {

    private final Map<String, SignedInSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        track(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        track(event);
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        if (HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY.equals(event.getName())) {
            sessions.remove(event.getSession().getId());
        }
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        var signedIn = sessions.remove(oldSessionId);
        if (signedIn != null) {
            sessions.put(event.getSession().getId(), signedIn);
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    /** Ends the sessions of this node that {@code signOut} ends; returns how many. */
    int end(SignOut signOut) {
        int ended = 0;
        for (var signedIn : sessions.values()) {
            if (signOut.ends(signedIn.providerSession(), signedIn.subject(), signedIn.issuedAt())) {
                sessions.remove(signedIn.session().getId());
                try {
                    signedIn.session().invalidate();
                    ended++;
                } catch (IllegalStateException alreadyEnded) {
                    // ended meanwhile by its user or its timeout
                }
            }
        }
        return ended;
    }

    /** How many sessions of this node are signed in through the provider. */
    int count() {
        return sessions.size();
    }

    private void track(HttpSessionBindingEvent event) {
        if (!HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY.equals(event.getName())) {
            return;
        }
        var session = event.getSession();
        var user = oidcUser(event.getValue());
        var subject = user == null ? null : user.getIdToken().getSubject();
        if (user == null || subject == null) {
            sessions.remove(session.getId());
            return;
        }
        var idToken = user.getIdToken();
        var issuedAt = idToken.getIssuedAt();
        sessions.put(
                session.getId(),
                new SignedInSession(
                        session,
                        idToken.getClaimAsString("sid"),
                        subject,
                        issuedAt == null ? Instant.now() : issuedAt));
    }

    private static @Nullable OidcUser oidcUser(@Nullable Object value) {
        if (value instanceof SecurityContext context
                && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof OidcUser user) {
            return user;
        }
        return null;
    }

    private record SignedInSession(
            HttpSession session, @Nullable String providerSession, String subject, Instant issuedAt) {}
}
