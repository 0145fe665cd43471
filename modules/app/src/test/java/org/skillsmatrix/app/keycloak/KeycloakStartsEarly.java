package org.skillsmatrix.app.keycloak;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the shared {@link KeycloakServer} in the background as soon as a test run begins that has a class marked
 * {@link UsesKeycloak}, so that Keycloak gets ready while the tests before the first such class run instead of after
 * them. Only where the build names the distribution ({@code skills-matrix.keycloak.home}, set for the integration
 * tests): a unit-test run or an IDE never starts it unasked. Registered for the JUnit Platform in {@code
 * META-INF/services}.
 */
public final class KeycloakStartsEarly implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (System.getProperty("skills-matrix.keycloak.home") != null && usesKeycloak(plan)) {
            KeycloakServer.startInBackground();
        }
    }

    private static boolean usesKeycloak(TestPlan plan) {
        return plan.getRoots().stream()
                .flatMap(root -> plan.getDescendants(root).stream())
                .flatMap(test -> test.getSource().stream())
                .anyMatch(source -> source instanceof ClassSource type
                        && type.getJavaClass().isAnnotationPresent(UsesKeycloak.class));
    }
}
