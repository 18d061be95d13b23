package no.klagesak.intake.complaint.model;

/** Where a complaint stands, as far as intake knows it: what the complainant did after sending it. */
public enum ComplainantState {
    RECEIVED,
    ESCALATION_REQUESTED,
    WITHDRAWN
}
