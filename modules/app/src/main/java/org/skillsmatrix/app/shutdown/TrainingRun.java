package org.skillsmatrix.app.shutdown;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The training run of the JDK's AOT cache ({@code deploy/image/aot-cache.sh}): with
 * {@code skills-matrix.training-run=true} the node starts as usual and, once ready, closes and exits. Closing stops the
 * web server and an embedded PostgreSQL, so that none is left running on its data directory, as one would be after
 * Spring's {@code spring.context.exit=onRefresh}, which halts the JVM before anything is stopped.
 */
@Component
@ConditionalOnBooleanProperty("skills-matrix.training-run")
class TrainingRun implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        log.info("Training run: ready, stopping");
        System.exit(SpringApplication.exit(event.getApplicationContext()));
    }
}
