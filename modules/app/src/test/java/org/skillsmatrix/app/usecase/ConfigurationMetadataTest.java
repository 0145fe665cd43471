package org.skillsmatrix.app.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The jar describes the application's own settings, so that an IDE completes and documents them. */
class ConfigurationMetadataTest {

    @Test
    void everySettingsRecordIsDescribedWithItsProperties() throws IOException {
        try (var metadata = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(metadata)
                    .as("META-INF/spring-configuration-metadata.json")
                    .isNotNull();
            var json = JsonMapper.builder().build().readValue(metadata, Map.class);
            var names = ((List<?>) json.get("properties"))
                    .stream()
                            .map(property -> String.valueOf(((Map<?, ?>) property).get("name")))
                            .toList();

            assertThat(names)
                    .contains(
                            "skills-matrix.import.max-bytes",
                            "skills-matrix.import.max-rows",
                            "skills-matrix.reports.concurrent-exports",
                            "skills-matrix.mentoring.mentor-cap",
                            "skills-matrix.demo-data.enabled",
                            "skills-matrix.oidc.issuer-uri",
                            "skills-matrix.session.absolute-timeout");
        }
    }
}
