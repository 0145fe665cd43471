package org.skillsmatrix.app.retention;

import org.skillsmatrix.domain.base.Busy;
import org.skillsmatrix.domain.retention.AnonymiseLeavers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the anonymisation on its schedule on every node; the retention lock lets one node at a time run it, and a
 * person anonymised is not selected again, so however many nodes run, each person is anonymised and audited once.
 */
@Component
class RetentionSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

    private final AnonymiseLeavers anonymise;

    RetentionSchedule(AnonymiseLeavers anonymise) {
        this.anonymise = anonymise;
    }

    @Scheduled(cron = "${skills-matrix.retention.schedule:" + RetentionProperties.DEFAULT_SCHEDULE + "}", zone = "UTC")
    void run() {
        try {
            var run = anonymise.runScheduled();
            LOG.info("Retention: {} people who left were due, {} anonymised", run.due(), run.anonymised());
        } catch (Busy e) {
            LOG.info("Retention: another node is anonymising the people who left");
        }
    }
}
