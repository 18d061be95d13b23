package no.klagesak.routing.assignment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint's case in routing: the assignment and the deadline the complainant was promised.
 *
 * @param policyVersion the routine version the complaint was received under, which set its deadline
 */
public record ComplaintCase(
        String complaintId,
        String tenantId,
        String reference,
        String track,
        String category,
        int policyVersion,
        String handler,
        HandlerLevel handlerLevel,
        int handlingTimeDays,
        LocalDate deadline,
        Instant receivedAt,
        Instant assignedAt) {}
