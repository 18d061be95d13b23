package no.klagesak.reporting.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Everything the board's dashboard shows for a year, read from the rollups only: the counts by type and category
 * against last year, month by month, how they were handled, by unit, the open backlog and its age, and the surveys.
 *
 * @param behindSeconds how long the oldest change not yet in these numbers has waited; 0 when they are up to date
 * @param leavingSurvey the survey answered when leaving the programme (routine 004), read beside the rollups
 */
public record Dashboard(
        int year,
        Statistics counts,
        Statistics previous,
        HandlingSummary handling,
        HandlingSummary previousHandling,
        List<Month> months,
        Map<String, Long> byUnit,
        long breached,
        Backlog backlog,
        SurveySummary survey,
        long behindSeconds,
        @Nullable LeavingSurveySummary leavingSurvey) {

    /** With the year's answers to the survey when leaving. */
    public Dashboard withLeavingSurvey(LeavingSurveySummary leaving) {
        return new Dashboard(
                year,
                counts,
                previous,
                handling,
                previousHandling,
                months,
                byUnit,
                breached,
                backlog,
                survey,
                behindSeconds,
                leaving);
    }

    /** Complaints and whistleblowing reports received in a month, and in the same month the year before. */
    public record Month(
            int month, long complaints, long whistleblowing, long previousComplaints, long previousWhistleblowing) {}

    /**
     * The complaints still open today, of any year, and how long they have waited (days since received).
     *
     * @param byAge {@code 0-14}, {@code 15-30}, {@code 31-90} and {@code 91+} days
     */
    public record Backlog(long open, @Nullable Long oldestDays, Map<String, Long> byAge) {

        static Backlog of(List<Rollup> months, LocalDate today) {
            Map<String, Long> byAge = new LinkedHashMap<>();
            for (String bucket : List.of("0-14", "15-30", "31-90", "91+")) byAge.put(bucket, 0L);
            long open = 0;
            Long oldest = null;
            for (Rollup month : months) {
                for (var since : month.openSince().entrySet()) {
                    long days = Math.max(0, ChronoUnit.DAYS.between(since.getKey(), today));
                    String bucket = days <= 14 ? "0-14" : days <= 30 ? "15-30" : days <= 90 ? "31-90" : "91+";
                    byAge.merge(bucket, since.getValue(), Long::sum);
                    open += since.getValue();
                    if (oldest == null || days > oldest) oldest = days;
                }
            }
            return new Backlog(open, oldest, byAge);
        }
    }

    public static Dashboard of(
            String tenantId,
            int year,
            List<Rollup> thisYear,
            List<Rollup> lastYear,
            List<Rollup> open,
            LocalDate today,
            long behindSeconds,
            Map<String, String> categoryNames,
            Map<String, String> unitNames) {
        Rollup now = Rollup.year(tenantId, year, thisYear);
        Rollup before = Rollup.year(tenantId, year - 1, lastYear);
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            Rollup a = monthOf(thisYear, YearMonth.of(year, m));
            Rollup b = monthOf(lastYear, YearMonth.of(year - 1, m));
            months.add(new Month(m, complaints(a), whistleblowing(a), complaints(b), whistleblowing(b)));
        }
        // Counted by unit name; units removed since keep their id, and {@value Rollup#NO_UNIT} stays for none named.
        Map<String, Long> byUnit = new TreeMap<>();
        now.byUnit().forEach((id, count) -> byUnit.merge(unitNames.getOrDefault(id, id), count, Long::sum));
        return new Dashboard(
                year,
                now.statistics(year).withCategoryNames(categoryNames),
                before.statistics(year - 1).withCategoryNames(categoryNames),
                now.handling(year),
                before.handling(year - 1),
                months,
                byUnit,
                now.breached(),
                Backlog.of(open, today),
                now.surveySummary(year),
                behindSeconds,
                null);
    }

    private static @Nullable Rollup monthOf(List<Rollup> rollups, YearMonth month) {
        return rollups.stream().filter(r -> r.month().equals(month)).findFirst().orElse(null);
    }

    private static long complaints(@Nullable Rollup month) {
        return month == null ? 0 : month.received() - whistleblowing(month);
    }

    private static long whistleblowing(@Nullable Rollup month) {
        return month == null ? 0 : month.byTrack().getOrDefault(Rollup.WHISTLEBLOWING, 0L);
    }
}
