package org.skillsmatrix.app;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import org.skillsmatrix.persistence.PersistenceConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/** Starts Skills Matrix: the application's own beans, the views, the API, and the persistence adapter. */
@SpringBootApplication(scanBasePackages = {"org.skillsmatrix.app", "org.skillsmatrix.ui", "org.skillsmatrix.api"})
@ConfigurationPropertiesScan
@Import(PersistenceConfiguration.class)
@EnableVaadin("org.skillsmatrix.ui")
public class SkillsMatrixApplication {

    public static void main(String[] args) {
        SpringApplication.run(SkillsMatrixApplication.class, args);
    }
}
