package no.klagesak.intake.complaint;

/** Who may complain, from the published routines: participants, employees, customers, buyers and partners. */
public enum ComplainantRole {
    PARTICIPANT,
    EMPLOYEE,
    CUSTOMER,
    BUYER,
    PARTNER,
    OTHER
}
