package no.klagesak.support.tenant;

import java.time.Period;

/**
 * One tenant's complaint routine, as far as the platform implements it so far.
 *
 * @param displayName the company's name as users see it
 * @param anonymousAllowed whether anonymous complaints are received (some routines refuse them)
 * @param handlingTime the promised handling time: {@code P14D}, {@code P2W}, {@code P4W}, ...
 * @param lineManager the user who handles a complaint at the lowest level
 * @param managingDirector the user who handles it when it concerns the line manager, and who sees every complaint
 */
public record TenantRoutine(
        String displayName,
        boolean anonymousAllowed,
        Period handlingTime,
        String lineManager,
        String managingDirector) {}
