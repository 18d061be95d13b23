package no.klagesak.intake.complaint.model;

/**
 * Who may complain, from the published routines: participants, employees, customers, buyers, partners, relatives and
 * representatives. The tenant's routine says which of them its form offers.
 */
public enum ComplainantRole {
    PARTICIPANT,
    EMPLOYEE,
    CUSTOMER,
    BUYER,
    PARTNER,
    RELATIVE,
    REPRESENTATIVE
}
