package org.skillsmatrix.domain.assessment;

/** Who gave a rating: the person themselves, or one of their managers. */
public enum Source {
    SELF,
    MANAGER
}
