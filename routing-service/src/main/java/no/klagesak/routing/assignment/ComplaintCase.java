package no.klagesak.routing.assignment;

import java.time.Instant;
import java.time.LocalDate;

/** A complaint's case in routing: the assignment and the deadline the complainant was promised. */
public record ComplaintCase(
        String complaintId,
        String tenantId,
        String reference,
        String track,
        String category,
        String handler,
        HandlerLevel handlerLevel,
        int handlingTimeDays,
        LocalDate deadline,
        Instant receivedAt,
        Instant assignedAt) {}
