package no.klagesak.reporting.statistics;

import java.util.Map;

/**
 * A tenant's count of complaints in one year, in total and by type: what the board receives.
 *
 * @param categoryNames each category code's name in the tenant's current routine, so the board reads names
 */
public record Statistics(
        String tenantId,
        int year,
        long total,
        Map<String, Long> byTrack,
        Map<String, Long> byCategory,
        Map<String, Long> byChannel,
        Map<String, Long> byComplainantRole,
        Map<String, String> categoryNames) {

    /** The same counts, with the names the tenant's routine gives its categories now. */
    public Statistics withCategoryNames(Map<String, String> names) {
        return new Statistics(
                tenantId, year, total, byTrack, byCategory, byChannel, byComplainantRole, Map.copyOf(names));
    }
}
