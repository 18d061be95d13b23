package no.klagesak.reporting.statistics;

import java.util.Map;

/** A tenant's count of complaints in one year, in total and by type: what the board receives. */
public record Statistics(
        String tenantId,
        int year,
        long total,
        Map<String, Long> byTrack,
        Map<String, Long> byCategory,
        Map<String, Long> byChannel,
        Map<String, Long> byComplainantRole) {}
