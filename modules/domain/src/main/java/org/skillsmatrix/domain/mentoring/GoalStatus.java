package org.skillsmatrix.domain.mentoring;

/** Where a development goal stands: open until its manager closes it as done or cancels it. */
public enum GoalStatus {
    OPEN,
    DONE,
    CANCELLED
}
