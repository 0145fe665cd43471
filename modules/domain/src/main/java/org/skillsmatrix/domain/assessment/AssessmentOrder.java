package org.skillsmatrix.domain.assessment;

/**
 * What a person's rating history may be sorted by: when a rating was made, or its level. Ratings the key does not
 * tell apart come newest first, and of two made at the same instant the one stored later first.
 */
public enum AssessmentOrder {
    ASSESSED_AT,
    LEVEL
}
