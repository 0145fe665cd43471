package org.skillsmatrix.app.usecase;

import org.skillsmatrix.domain.base.ReadOnly;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.interceptor.MatchAlwaysTransactionAttributeSource;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * The domain's {@link ReadOnly} use cases and methods run in read-only transactions: this advisor begins one around
 * them, outside the transaction their {@code jakarta.transaction.Transactional} asks for, which then joins it. A
 * read-only transaction leaves Hibernate's session read-only and unflushed (no snapshots, no dirty checking) and
 * begins the database's transaction {@code READ ONLY}.
 */
@Configuration(proxyBeanMethods = false)
class ReadOnlyUseCases {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor readOnlyUseCaseAdvisor(BeanFactory beanFactory) {
        var readOnly = new RuleBasedTransactionAttribute();
        readOnly.setReadOnly(true);
        var attributes = new MatchAlwaysTransactionAttributeSource();
        attributes.setTransactionAttribute(readOnly);
        var interceptor = new TransactionInterceptor();
        interceptor.setTransactionAttributeSource(attributes);
        interceptor.setBeanFactory(beanFactory);
        var pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(ReadOnly.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(ReadOnly.class));
        var advisor = new DefaultPointcutAdvisor(pointcut, interceptor);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
