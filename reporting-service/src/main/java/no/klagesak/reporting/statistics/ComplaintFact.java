package no.klagesak.reporting.statistics;

import java.time.Instant;

/** What the statistics need to know of one complaint: classifications only, no text and no person. */
public record ComplaintFact(
        String tenantId,
        String complaintId,
        int year,
        String track,
        String category,
        String channel,
        String complainantRole,
        Instant receivedAt) {}
