package no.klagesak.web.services;

import java.time.Instant;

/**
 * An entry of a service's audit log: who read what of which complaint, when and why, or was refused.
 *
 * @param action {@code READ} or {@code REFUSED}
 * @param what {@code COMPLAINT}, {@code ATTACHMENT}, {@code CONVERSATION}, {@code NOTICES} or {@code LETTER}
 * @param why {@code HANDLER}, {@code LINE_MANAGER}, {@code MANAGING_DIRECTOR}, {@code MANAGEMENT_GROUP}, {@code
 *     WHISTLEBLOWING_RECEIVER}; for a refusal {@code NOT_ALLOWED} or {@code NOT_HANDLER}
 */
public record AuditEntry(
        String id,
        Instant at,
        String who,
        String action,
        String what,
        String complaintId,
        String why,
        String service) {}
