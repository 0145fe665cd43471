package org.skillsmatrix.app.demo;

import org.skillsmatrix.app.database.NoDatabaseUrl;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code skills-matrix.demo-data.enabled} is {@code true}, or when it is unset and no external database
 * is configured: a production database never gets demo people unless someone asks for them.
 */
public class DemoDataWanted implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return wanted(context.getEnvironment());
    }

    /** Whether the demo organisation is loaded with these settings. */
    public static boolean wanted(PropertyResolver properties) {
        var enabled = properties.getProperty("skills-matrix.demo-data.enabled", Boolean.class);
        return enabled != null ? enabled : !NoDatabaseUrl.externalDatabase(properties);
    }
}
