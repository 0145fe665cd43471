package org.skillsmatrix.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Demo data is on by default for the embedded database only; an explicit setting wins either way. */
class DemoDataWantedTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(WhenWanted.class);

    @Test
    void on_by_default_without_an_external_database() {
        context.run(app -> assertThat(app).hasBean("demoData"));
        context.withPropertyValues("spring.datasource.url=")
                .run(app -> assertThat(app).hasBean("demoData"));
    }

    @Test
    void off_by_default_with_an_external_database() {
        context.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.internal/skills_matrix")
                .run(app -> assertThat(app).doesNotHaveBean("demoData"));
    }

    @Test
    void an_explicit_setting_wins() {
        context.withPropertyValues(
                        "spring.datasource.url=jdbc:postgresql://db.internal/skills_matrix",
                        "skills-matrix.demo-data.enabled=true")
                .run(app -> assertThat(app).hasBean("demoData"));
        context.withPropertyValues("skills-matrix.demo-data.enabled=false")
                .run(app -> assertThat(app).doesNotHaveBean("demoData"));
    }

    @Configuration(proxyBeanMethods = false)
    static class WhenWanted {

        @Bean
        @Conditional(DemoDataWanted.class)
        String demoData() {
            return "demo data";
        }
    }
}
