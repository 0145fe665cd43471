package org.skillsmatrix.app.shutdown;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On shutdown (SIGTERM), keeps serving for the grace period with readiness already DOWN, so that a load balancer that
 * polls readiness takes the node out before it stops accepting requests. Spring Boot marks readiness as refusing
 * traffic just before this event; after the pause the web server's graceful shutdown finishes the requests in
 * flight and refuses new ones.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ShutdownGrace implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ShutdownGrace.class);

    private final ApplicationContext application;
    private final Duration gracePeriod;

    ShutdownGrace(ApplicationContext application, ShutdownProperties properties) {
        this.application = application;
        this.gracePeriod = properties.gracePeriod();
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        // the management server's own context closes too, later; pause once, for the application's
        if (event.getApplicationContext() != application || !gracePeriod.isPositive()) {
            return;
        }
        log.info("Shutting down: readiness is DOWN, still serving for {}", gracePeriod);
        try {
            Thread.sleep(gracePeriod);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
