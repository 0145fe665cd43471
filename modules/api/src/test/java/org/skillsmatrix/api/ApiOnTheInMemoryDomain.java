package org.skillsmatrix.api;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.skillsmatrix.domain.conflict.ExplainConflict;
import org.skillsmatrix.domain.testing.TestOrganisation;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * What the API's controller tests ({@code @WebMvcTest}) run on: the API's controllers, its error handling and its
 * configuration as Spring MVC serves them in the application, on the domain's in-memory organisation
 * ({@link TestOrganisation}, each of its ports and use cases a bean) and a {@link TestCaller} the test signs in,
 * without the database, Keycloak or the security filters (the role matrix and sign-in are tested on the whole
 * application). The read model's endpoints are left out: the read model exists in the database only. So is the
 * audit trail's, whose CSV is written by the reporting module; {@code AuditApiIT} tests it on the whole application.
 */
@SpringBootConfiguration
@ComponentScan(
        excludeFilters = {
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @ComponentScan.Filter(
                    type = FilterType.REGEX,
                    pattern = {"org\\.skillsmatrix\\.api\\.readmodel\\..*", "org\\.skillsmatrix\\.api\\.audit\\..*"})
        })
public class ApiOnTheInMemoryDomain {

    @Bean
    TestOrganisation organisation() {
        return new TestOrganisation();
    }

    @Bean
    SmallOrganisation smallOrganisation(TestOrganisation organisation) {
        return new SmallOrganisation(organisation);
    }

    @Bean
    TestCaller caller() {
        return new TestCaller();
    }

    @Bean
    ExplainConflict explainConflict(TestOrganisation organisation) {
        return new ExplainConflict(organisation.auditLog, organisation.people, organisation.policy);
    }

    /** Each public field of the organisation, its ports and use cases, a bean of the field's type. */
    @Bean
    static BeanDefinitionRegistryPostProcessor theOrganisationsParts() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                var beans = (ConfigurableListableBeanFactory) registry;
                for (Field field : TestOrganisation.class.getFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        registry.registerBeanDefinition(field.getName(), part(field, beans));
                    }
                }
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}
        };
    }

    private static <T> RootBeanDefinition part(Field field, ConfigurableListableBeanFactory beans) {
        @SuppressWarnings("unchecked")
        var type = (Class<T>) field.getType();
        return new RootBeanDefinition(type, () -> {
            try {
                return type.cast(field.get(beans.getBean(TestOrganisation.class)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
