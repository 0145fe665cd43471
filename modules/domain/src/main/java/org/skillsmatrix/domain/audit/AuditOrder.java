package org.skillsmatrix.domain.audit;

/** What the audit trail may be sorted by: when an entry was recorded; entries of one instant by their order. */
public enum AuditOrder {
    AT
}
