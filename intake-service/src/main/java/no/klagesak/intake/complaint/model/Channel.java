package no.klagesak.intake.complaint.model;

/** How a complaint arrived. An oral complaint is written down by staff: {@link #STAFF_REGISTRATION}. */
public enum Channel {
    WEB_FORM,
    STAFF_REGISTRATION,
    API
}
