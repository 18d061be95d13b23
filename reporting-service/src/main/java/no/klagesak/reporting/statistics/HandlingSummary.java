package no.klagesak.reporting.statistics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How a year's complaints were handled, for the board: how many were answered and how many are still open, the
 * handling time in days (median and 90th percentile, nearest rank), the share answered by the deadline, escalations,
 * deviations, and the outcomes.
 */
public record HandlingSummary(
        int year,
        long received,
        long answered,
        long open,
        @Nullable Long medianHandlingDays,
        @Nullable Long p90HandlingDays,
        @Nullable Long deadlineCompliancePercent,
        long escalated,
        long deviations,
        Map<String, Long> byOutcome) {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    public static HandlingSummary of(int year, List<Handled> complaints) {
        List<Long> days = complaints.stream()
                .filter(c -> c.resolvedAt() != null)
                .map(c -> ChronoUnit.DAYS.between(
                        LocalDate.ofInstant(c.receivedAt(), OSLO), LocalDate.ofInstant(c.resolvedAt(), OSLO)))
                .sorted()
                .toList();
        var withDeadline = complaints.stream()
                .filter(c -> c.resolvedAt() != null && c.deadline() != null)
                .toList();
        long inTime = withDeadline.stream()
                .filter(c -> !LocalDate.ofInstant(c.resolvedAt(), OSLO).isAfter(c.deadline()))
                .count();
        Map<String, Long> outcomes = new TreeMap<>();
        complaints.stream().filter(c -> c.outcome() != null).forEach(c -> outcomes.merge(c.outcome(), 1L, Long::sum));
        return new HandlingSummary(
                year,
                complaints.size(),
                days.size(),
                complaints.size() - days.size(),
                percentile(days, 50),
                percentile(days, 90),
                withDeadline.isEmpty() ? null : Math.round(100.0 * inTime / withDeadline.size()),
                complaints.stream().filter(Handled::escalated).count(),
                complaints.stream().filter(Handled::deviation).count(),
                outcomes);
    }

    /** The nearest-rank percentile of sorted values; null for none. */
    static @Nullable Long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) return null;
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
