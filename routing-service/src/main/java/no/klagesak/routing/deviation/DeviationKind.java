package no.klagesak.routing.deviation;

/** Which part of the routine was not followed, as the reporter sees it; the board counts them by kind. */
public enum DeviationKind {
    /** The complainant got no written acknowledgement, or not in time. */
    ACKNOWLEDGEMENT,
    /** A deadline passed without an answer or a written reason. */
    DEADLINE,
    /** Not handled at the lowest level, or by someone the complaint concerns. */
    LEVEL,
    /** Someone who should have been told was not: the complainant, the person concerned, the managing director. */
    INFORMATION,
    /** A case file or a reporter's identity was seen by someone without a need to know. */
    CONFIDENTIALITY,
    OTHER
}
