package org.skillsmatrix.app.keycloak;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a test class that uses the shared {@link KeycloakServer}: {@link KeycloakStartsEarly} starts it for the run. */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UsesKeycloak {}
