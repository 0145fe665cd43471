package org.skillsmatrix.app.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the identity provider answers its OpenID Connect discovery document: DOWN means new sign-ins and bearer
 * tokens signed with keys this node has not fetched yet fail until it is back. Not part of readiness: every node
 * depends on the same provider, so taking them all out of the load balancer would help nobody, and signed-in
 * sessions and cached keys keep working.
 */
final class IdentityProviderHealth implements HealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final URI discovery;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    IdentityProviderHealth(String issuer) {
        this.discovery = URI.create(issuer + "/.well-known/openid-configuration");
    }

    @Override
    public Health health() {
        try {
            var response = http.send(
                    HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return (response.statusCode() == 200 ? Health.up() : Health.down())
                    .withDetail("discovery", discovery.toString())
                    .withDetail("status", response.statusCode())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        } catch (Exception e) {
            return Health.down()
                    .withDetail("discovery", discovery.toString())
                    .withDetail("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
