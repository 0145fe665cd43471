package org.skillsmatrix.app.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.skillsmatrix.domain.base.ReadOnly;
import org.springframework.aop.Advisor;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ReflectionUtils;

/**
 * A use case that only reads runs in a read-only transaction end to end: Spring's, Hibernate's session (read-only,
 * never flushed) and PostgreSQL's, which refuses a write. A use case that writes, and a method of a use case not
 * marked {@link ReadOnly}, run read-write as before. The probes are plain use-case classes proxied by the
 * application's own post-processors, as its use-case beans are; the use-case beans carry the same advisor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadOnlyUseCasesIT {

    /** What a probe found inside its transaction. */
    record Inside(boolean springReadOnly, String database, boolean sessionReadOnly, FlushMode flushMode) {}

    /** A use case as the domain writes them: a transaction per call, one method marked as reading only. */
    @Transactional
    public static class Probe {

        private final JdbcTemplate jdbc;
        private final EntityManager entityManager;

        public Probe(JdbcTemplate jdbc, EntityManager entityManager) {
            this.jdbc = jdbc;
            this.entityManager = entityManager;
        }

        @ReadOnly
        public Inside reads() {
            return inside();
        }

        @ReadOnly
        public void writesThoughMarkedAsReading() {
            jdbc.update("update person set name = name where false");
        }

        public Inside writes() {
            return inside();
        }

        private Inside inside() {
            var session = entityManager.unwrap(Session.class);
            return new Inside(
                    TransactionSynchronizationManager.isCurrentTransactionReadOnly(),
                    jdbc.queryForObject("show transaction_read_only", String.class),
                    session.isDefaultReadOnly(),
                    session.getHibernateFlushMode());
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Test
    void aMethodMarkedAsReadingRunsInAReadOnlyTransactionThatRefusesWrites() {
        var probe = proxied(new Probe(jdbc, entityManager));

        assertThat(probe.reads()).isEqualTo(new Inside(true, "on", true, FlushMode.MANUAL));
        assertThatThrownBy(probe::writesThoughMarkedAsReading)
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("read-only transaction");
    }

    @Test
    void aMethodNotMarkedRunsReadWrite() {
        var probe = proxied(new Probe(jdbc, entityManager));

        var inside = probe.writes();

        assertThat(inside.springReadOnly()).isFalse();
        assertThat(inside.database()).isEqualTo("off");
        assertThat(inside.sessionReadOnly()).isFalse();
        assertThat(inside.flushMode()).isEqualTo(FlushMode.AUTO);
    }

    @Test
    void everyUseCaseWithAMethodMarkedAsReadingCarriesTheReadOnlyAdvisorAndNoOtherDoes() {
        var advisor = context.getBean("readOnlyUseCaseAdvisor", Advisor.class);
        var marked = new ArrayList<String>();
        for (var name : context.getBeanDefinitionNames()) {
            var bean = context.getBean(name);
            var type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.skillsmatrix.domain")) {
                continue;
            }
            assertThat(advised(bean, advisor)).as(type.getSimpleName()).isEqualTo(hasReadOnly(type));
            for (Method method : ReflectionUtils.getAllDeclaredMethods(type)) {
                if (method.isAnnotationPresent(ReadOnly.class) || type.isAnnotationPresent(ReadOnly.class)) {
                    marked.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(marked)
                .contains(
                        "AnalyseOrganisationGaps.analyse",
                        "AnalyseTeamGaps.analyse",
                        "ViewSkillProfile.ofTeam",
                        "FindPeopleBySkill.find",
                        "BrowseCatalog.read",
                        "SetTeamTarget.targetsOf")
                .doesNotContain("RateOwnSkill.rate", "RateTeamMember.rate", "MaintainCatalog.addSkill");
    }

    /** Marked on the class, or on a method it declares or inherits (as the advisor's pointcut matches them). */
    private static boolean hasReadOnly(Class<?> type) {
        return type.isAnnotationPresent(ReadOnly.class)
                || Arrays.stream(ReflectionUtils.getAllDeclaredMethods(type))
                        .anyMatch(m -> m.isAnnotationPresent(ReadOnly.class));
    }

    private static boolean advised(Object bean, Advisor advisor) {
        return bean instanceof Advised advised && List.of(advised.getAdvisors()).contains(advisor);
    }

    /** The probe as the application's post-processors proxy a use-case bean. */
    private Probe proxied(Probe probe) {
        var proxies = context.getBean(AopConfigUtils.AUTO_PROXY_CREATOR_BEAN_NAME, BeanPostProcessor.class);
        return (Probe) proxies.postProcessAfterInitialization(probe, "probe");
    }
}
