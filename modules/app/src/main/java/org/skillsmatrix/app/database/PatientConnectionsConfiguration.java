package org.skillsmatrix.app.database;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every connection pool, embedded database or not, waited for patiently while it serves others. */
@Configuration(proxyBeanMethods = false)
class PatientConnectionsConfiguration {

    /** As long as the pool's own default connection timeout, which this application shortens to tell outages. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Bean
    static BeanPostProcessor patientConnections() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof HikariDataSource pool ? new PatientDataSource(pool, PATIENCE) : bean;
            }
        };
    }
}
