package org.skillsmatrix.app.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.skillsmatrix.demo.DemoDataLock;
import org.skillsmatrix.demo.DemoOrganisation;
import org.skillsmatrix.demo.DemoOrganisationGenerator;
import org.skillsmatrix.domain.assessment.Assessment;
import org.skillsmatrix.domain.assessment.Assessments;
import org.skillsmatrix.domain.catalog.Catalog;
import org.skillsmatrix.domain.people.People;
import org.skillsmatrix.domain.profile.RoleProfiles;
import org.skillsmatrix.domain.readmodel.ReadModel;
import org.skillsmatrix.domain.team.TeamTargets;
import org.skillsmatrix.domain.team.Teams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the generated demo organisation when the database holds nobody yet, in one transaction, so a
 * restart keeps what users did and an interrupted first start leaves nothing half-written. The question and the
 * answer are under the {@link DemoDataLock}: of several nodes starting at once on an empty database one stores the
 * organisation, the others wait for it and keep it.
 */
@Component
@Conditional(DemoDataWanted.class)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    /** Assessments per COPY statement. */
    private static final int BATCH = 50_000;

    private final DemoDataProperties properties;
    private final Catalog catalog;
    private final RoleProfiles profiles;
    private final People people;
    private final Teams teams;
    private final TeamTargets targets;
    private final Assessments assessments;
    private final ReadModel readModel;
    private final DemoDataLock lock;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoDataLoader(
            DemoDataProperties properties,
            Catalog catalog,
            RoleProfiles profiles,
            People people,
            Teams teams,
            TeamTargets targets,
            Assessments assessments,
            ReadModel readModel,
            DemoDataLock lock,
            TransactionTemplate transaction,
            Clock clock) {
        this.properties = properties;
        this.catalog = catalog;
        this.profiles = profiles;
        this.people = people;
        this.teams = teams;
        this.targets = targets;
        this.assessments = assessments;
        this.readModel = readModel;
        this.lock = lock;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        var stored = transaction.execute(status -> {
            lock.acquire();
            if (people.count() > 0) {
                return Optional.<Stored>empty();
            }
            var organisation = DemoOrganisationGenerator.generate(
                    catalog.categories(), catalog.skills(), properties.settings(), clock.instant());
            return Optional.of(new Stored(organisation, store(organisation)));
        });
        if (stored == null || stored.isEmpty()) {
            log.info("Demo data: the database already holds people; keeping them");
            return;
        }
        log.info(
                "Demo data: stored {} people in {} teams with {} assessments in {} ms",
                stored.get().organisation().people().size(),
                stored.get().organisation().teams().size(),
                stored.get().assessments(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private record Stored(DemoOrganisation organisation, long assessments) {}

    private long store(DemoOrganisation organisation) {
        organisation.addedCategories().forEach(catalog::add);
        organisation.addedSkills().forEach(catalog::add);
        organisation.roleProfiles().forEach(profiles::add);
        people.addAll(organisation.people());
        organisation.teams().forEach(teams::add);
        organisation.targets().forEach(targets::add);
        var batch = new ArrayList<Assessment>(BATCH);
        long[] count = {0};
        // the whole history at once: one rebuild of the read model costs a fraction of a refresh per batch
        readModel.rebuiltAfter(() -> {
            organisation.forEachAssessment(assessment -> {
                batch.add(assessment);
                if (batch.size() == BATCH) {
                    flush(batch, count);
                }
            });
            flush(batch, count);
        });
        return count[0];
    }

    private void flush(List<Assessment> batch, long[] count) {
        assessments.appendAll(batch);
        count[0] += batch.size();
        batch.clear();
    }
}
