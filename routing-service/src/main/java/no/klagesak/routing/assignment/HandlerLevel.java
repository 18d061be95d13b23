package no.klagesak.routing.assignment;

/**
 * Where in the organisation a case landed. Resolve at the lowest level: the default receiver, one level up when the
 * complaint concerns that person (routines 000, 001, 004), the managing director when there is no one in between,
 * and the designated receivers for whistleblowing reports.
 */
public enum HandlerLevel {
    LINE_MANAGER,
    ONE_LEVEL_UP,
    MANAGING_DIRECTOR,
    WHISTLEBLOWING_RECEIVER
}
