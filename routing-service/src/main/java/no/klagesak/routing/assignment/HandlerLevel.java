package no.klagesak.routing.assignment;

/**
 * Resolve at the lowest level: the line manager, or one level up when the complaint concerns the line manager
 * (routines 000, 001, 004).
 */
public enum HandlerLevel {
    LINE_MANAGER,
    MANAGING_DIRECTOR
}
