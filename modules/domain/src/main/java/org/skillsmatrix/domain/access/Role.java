package org.skillsmatrix.domain.access;

/** The roles the application knows; a person may hold several. */
public enum Role {
    EMPLOYEE,
    MANAGER,
    HR,
    ADMIN
}
