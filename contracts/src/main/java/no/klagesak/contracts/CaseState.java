package no.klagesak.contracts;

/**
 * Where a case stands in its workflow, as routing-service, its owner, tells it in {@code complaint.case-changed.v1}
 * ({@link CaseChanged#state()}). What may happen in each is {@link CaseLifecycle}.
 */
public enum CaseState {
    /** In the management group's queue; no handler yet (routine 002). */
    TRIAGE,
    ASSIGNED,
    IN_PROGRESS,
    /** A question to the complainant is open; the deadline clock stands still. */
    WAITING_FOR_COMPLAINANT,
    /** Answered; the complainant may still ask management to decide where the routine offers it. */
    RESOLVED,
    CLOSED,
    /** The complainant asked management to decide (routine 000). */
    ESCALATED,
    /** Management decided; final, and the case is locked. */
    DECIDED,
    WITHDRAWN;

    /** Not yet answered: the complainant waits for the answer. */
    public boolean open() {
        return this == TRIAGE || this == ASSIGNED || this == IN_PROGRESS || this == WAITING_FOR_COMPLAINANT;
    }

    /** Answered: the handler's answer or management's decision was given, whatever came after. */
    public boolean answered() {
        return this == RESOLVED || this == CLOSED || this == ESCALATED || this == DECIDED;
    }

    /** The case has ended: closed, decided or withdrawn (an archive takes it in the year it ended). */
    public boolean ended() {
        return this == CLOSED || this == DECIDED || this == WITHDRAWN;
    }

    /** Nothing more happens to the case's handling: a final decision or a withdrawal. */
    public boolean locked() {
        return this == DECIDED || this == WITHDRAWN;
    }
}
