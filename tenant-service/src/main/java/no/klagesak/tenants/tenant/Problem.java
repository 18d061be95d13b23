package no.klagesak.tenants.tenant;

/**
 * One reason a setting is refused: the field it concerns, a stable code, and a message in plain Bokmål.
 *
 * @param field the setting's path, e.g. {@code deadlines.complaint.remindDaysBefore}, or {@code row 4} in an import
 */
public record Problem(String field, String code, String message) {}
