package org.skillsmatrix.app.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when no external database is configured. */
public class NoDatabaseUrl implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !externalDatabase(context.getEnvironment());
    }

    /** Whether {@code spring.datasource.url} names a database, so that no embedded one is started. */
    public static boolean externalDatabase(PropertyResolver properties) {
        var url = properties.getProperty("spring.datasource.url");
        return url != null && !url.isBlank();
    }
}
