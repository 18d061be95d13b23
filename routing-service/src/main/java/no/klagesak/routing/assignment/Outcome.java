package no.klagesak.routing.assignment;

/** How a complaint ended. */
public enum Outcome {
    UPHELD,
    PARTLY_UPHELD,
    NOT_UPHELD,
    WITHDRAWN
}
