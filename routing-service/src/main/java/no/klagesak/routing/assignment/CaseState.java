package no.klagesak.routing.assignment;

/** Where a case stands in its workflow. */
public enum CaseState {
    /** In the management group's queue; no handler yet (routine 002). */
    TRIAGE,
    ASSIGNED,
    IN_PROGRESS,
    /** A question to the complainant is open; the deadline clock is stopped. */
    WAITING_FOR_COMPLAINANT,
    RESOLVED,
    CLOSED,
    /** The complainant asked management to decide (routine 000). */
    ESCALATED,
    /** Management decided; final, and the case is locked. */
    DECIDED,
    WITHDRAWN;

    public boolean open() {
        return this == TRIAGE || this == ASSIGNED || this == IN_PROGRESS || this == WAITING_FOR_COMPLAINANT;
    }
}
