package org.skillsmatrix.app.demo;

import org.skillsmatrix.app.database.NoDatabaseUrl;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code skills-matrix.demo-data.enabled} is {@code true}, or when it is unset and no external database
 * is configured: a production database never gets demo people unless someone asks for them.
 */
class DemoDataWanted implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        var enabled = environment.getProperty("skills-matrix.demo-data.enabled", Boolean.class);
        return enabled != null ? enabled : !NoDatabaseUrl.externalDatabase(environment);
    }
}
