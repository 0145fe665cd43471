package org.skillsmatrix.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

class OidcPropertiesTest {

    @Test
    void anExpiredTokenIsAcceptedForAFewSecondsAtMostUnlessConfiguredOtherwise() throws IOException {
        assertThat(bound(Map.of()).clockSkew()).isEqualTo(Duration.ofSeconds(5));
        assertThat(bound(Map.of("SKILLS_MATRIX_OIDC_CLOCK_SKEW", "2s")).clockSkew())
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(bound(Map.of("skills-matrix.oidc.clock-skew", "30s")).clockSkew())
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void withoutTheApplicationsConfigurationTheSkewIsTheSame() {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("test", Map.of("skills-matrix.oidc.client-id", "x")));

        var properties = Binder.get(environment).bindOrCreate("skills-matrix.oidc", OidcProperties.class);

        assertThat(properties.clockSkew())
                .isEqualTo(OidcProperties.DEFAULT_CLOCK_SKEW)
                .isEqualTo(Duration.ofSeconds(5));
    }

    /** The properties as the shipped application.yaml and these settings (first) make them. */
    private static OidcProperties bound(Map<String, Object> settings) throws IOException {
        var environment = new StandardEnvironment();
        var sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.addFirst(new MapPropertySource("settings", settings));
        for (var yaml : new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))) {
            sources.addLast(yaml);
        }
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment)
                .bind("skills-matrix.oidc", OidcProperties.class)
                .get();
    }
}
