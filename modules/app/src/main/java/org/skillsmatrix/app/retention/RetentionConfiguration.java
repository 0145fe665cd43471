package org.skillsmatrix.app.retention;

import java.time.Clock;
import org.skillsmatrix.domain.access.AccessPolicy;
import org.skillsmatrix.domain.audit.Auditor;
import org.skillsmatrix.domain.retention.AnonymiseLeaver;
import org.skillsmatrix.domain.retention.AnonymiseLeavers;
import org.skillsmatrix.domain.retention.Leavers;
import org.skillsmatrix.domain.retention.RetentionLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The anonymisation of the people who left, and its schedule. */
@Configuration(proxyBeanMethods = false)
class RetentionConfiguration {

    @Bean
    AnonymiseLeaver anonymiseLeaver(Leavers leavers, Auditor auditor, Clock clock) {
        return new AnonymiseLeaver(leavers, auditor, clock);
    }

    @Bean
    AnonymiseLeavers anonymiseLeavers(
            RetentionProperties properties,
            Leavers leavers,
            AnonymiseLeaver anonymiseLeaver,
            RetentionLock lock,
            AccessPolicy policy,
            Clock clock) {
        return new AnonymiseLeavers(properties.retention(), leavers, anonymiseLeaver, lock, policy, clock);
    }
}
