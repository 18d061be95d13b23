package no.klagesak.intake.complaint.model;

/** A complaint (klage) or a whistleblowing report (varsel), which has stricter confidentiality. */
public enum Track {
    COMPLAINT,
    WHISTLEBLOWING
}
