package org.skillsmatrix.app.usecase;

import org.skillsmatrix.domain.mentoring.ProposeMentors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Once the node is ready, starts computing the organisation's mentor proposals aside if they may be large, as they are
 * after a change: the first read after the start then waits a moment at most, and is told to try again shortly while
 * they are computed, instead of waiting seconds (minutes on a loaded machine) for them.
 */
@Component
class MentorProposalsAtStart implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(MentorProposalsAtStart.class);

    private final ProposeMentors proposeMentors;

    MentorProposalsAtStart(ProposeMentors proposeMentors) {
        this.proposeMentors = proposeMentors;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        try {
            if (proposeMentors.computeOrganisationAsideIfMoreThan(UseCaseConfiguration.LARGE_MENTOR_PROPOSALS)) {
                log.info("Mentor pairings: computing the organisation's proposals aside after the start");
            }
        } catch (RuntimeException e) {
            // the node serves anyway; the first read computes them
            log.warn("Could not start computing the organisation's mentor proposals at the start", e);
        }
    }
}
