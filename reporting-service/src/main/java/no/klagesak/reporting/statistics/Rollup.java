package no.klagesak.reporting.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A tenant's complaints received in one month, summed by every dimension the board reads: what a dashboard reads
 * instead of the facts. It is a pure function of that month's facts and survey answers ({@link #of}), so rebuilding it
 * from the same facts gives the same rollup, and months add up to a year ({@link #plus}).
 *
 * @param handlingDays the answered complaints by their handling days (calendar days in Norway), so medians and
 *     percentiles of any run of months are exact
 * @param withDeadline answered complaints that had a deadline; {@code inTime} of them were answered by it
 * @param openSince the complaints still open, by the day they were received, so the backlog's age is known any day
 * @param complaintsByCategory the track {@code COMPLAINT} only, for public statistics
 * @param byUnit by the unit the complaint concerns, {@value #NO_UNIT} when it named none
 */
public record Rollup(
        String tenantId,
        YearMonth month,
        long received,
        Map<String, Long> byTrack,
        Map<String, Long> byCategory,
        Map<String, Long> complaintsByCategory,
        Map<String, Long> byChannel,
        Map<String, Long> byComplainantRole,
        Map<String, Long> byUnit,
        Map<Long, Long> handlingDays,
        long withDeadline,
        long inTime,
        long escalated,
        long breached,
        long deviations,
        Map<String, Long> byOutcome,
        Map<LocalDate, Long> openSince,
        SurveyTotals survey) {

    public static final String NO_UNIT = "-";
    public static final String WHISTLEBLOWING = "WHISTLEBLOWING";

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** The survey's answers of the month, summed. */
    public record SurveyTotals(long answers, long satisfiedSum, long heardSum, long wouldComplainAgain) {

        public static final SurveyTotals NONE = new SurveyTotals(0, 0, 0, 0);

        SurveyTotals plus(SurveyTotals other) {
            return new SurveyTotals(
                    answers + other.answers,
                    satisfiedSum + other.satisfiedSum,
                    heardSum + other.heardSum,
                    wouldComplainAgain + other.wouldComplainAgain);
        }
    }

    public static Rollup empty(String tenantId, YearMonth month) {
        return of(tenantId, month, List.of(), SurveyTotals.NONE);
    }

    /** The month's rollup from the facts of the complaints received in it. */
    public static Rollup of(String tenantId, YearMonth month, List<Handled> facts, SurveyTotals survey) {
        long withDeadline = 0;
        long inTime = 0;
        Map<Long, Long> days = new TreeMap<>();
        Map<LocalDate, Long> open = new TreeMap<>();
        for (Handled fact : facts) {
            LocalDate received = LocalDate.ofInstant(fact.receivedAt(), OSLO);
            if (fact.resolvedAt() == null) {
                open.merge(received, 1L, Long::sum);
                continue;
            }
            LocalDate resolved = LocalDate.ofInstant(fact.resolvedAt(), OSLO);
            days.merge(ChronoUnit.DAYS.between(received, resolved), 1L, Long::sum);
            if (fact.deadline() != null) {
                withDeadline++;
                if (!resolved.isAfter(fact.deadline())) inTime++;
            }
        }
        return new Rollup(
                tenantId,
                month,
                facts.size(),
                count(facts, Handled::track),
                count(facts, Handled::category),
                count(
                        facts.stream()
                                .filter(f -> !WHISTLEBLOWING.equals(f.track()))
                                .toList(),
                        Handled::category),
                count(facts, Handled::channel),
                count(facts, Handled::complainantRole),
                count(facts, f -> f.unit() == null ? NO_UNIT : f.unit()),
                days,
                withDeadline,
                inTime,
                facts.stream().filter(Handled::escalated).count(),
                facts.stream().filter(Handled::breached).count(),
                facts.stream().filter(Handled::deviation).count(),
                count(facts.stream().filter(f -> f.outcome() != null).toList(), Handled::outcome),
                open,
                survey);
    }

    /** The two rollups summed; the tenant and month of this one. */
    public Rollup plus(Rollup other) {
        return new Rollup(
                tenantId,
                month,
                received + other.received,
                sum(byTrack, other.byTrack),
                sum(byCategory, other.byCategory),
                sum(complaintsByCategory, other.complaintsByCategory),
                sum(byChannel, other.byChannel),
                sum(byComplainantRole, other.byComplainantRole),
                sum(byUnit, other.byUnit),
                sum(handlingDays, other.handlingDays),
                withDeadline + other.withDeadline,
                inTime + other.inTime,
                escalated + other.escalated,
                breached + other.breached,
                deviations + other.deviations,
                sum(byOutcome, other.byOutcome),
                sum(openSince, other.openSince),
                survey.plus(other.survey));
    }

    /** The parts summed, with the survey's totals, as the tenant's month (or whatever span the parts make up). */
    public static Rollup sum(String tenantId, YearMonth month, List<Rollup> parts, SurveyTotals survey) {
        Rollup sum = of(tenantId, month, List.of(), survey);
        for (Rollup part : parts) sum = sum.plus(part);
        return sum;
    }

    /** The months summed, as the year {@code year}; an empty year when there are none. */
    public static Rollup year(String tenantId, int year, List<Rollup> months) {
        return sum(tenantId, YearMonth.of(year, 1), months, SurveyTotals.NONE);
    }

    public long answered() {
        return handlingDays.values().stream().mapToLong(Long::longValue).sum();
    }

    public long open() {
        return openSince.values().stream().mapToLong(Long::longValue).sum();
    }

    public Statistics statistics(int year) {
        return new Statistics(tenantId, year, received, byTrack, byCategory, byChannel, byComplainantRole, Map.of());
    }

    public HandlingSummary handling(int year) {
        long answered = answered();
        return new HandlingSummary(
                year,
                received,
                answered,
                received - answered,
                percentile(50),
                percentile(90),
                withDeadline == 0 ? null : Math.round(100.0 * inTime / withDeadline),
                escalated,
                deviations,
                new TreeMap<>(byOutcome));
    }

    public PublicCounts publicCounts(int year) {
        return new PublicCounts(year, new TreeMap<>(complaintsByCategory), byTrack.getOrDefault(WHISTLEBLOWING, 0L));
    }

    public SurveySummary surveySummary(int year) {
        return SurveySummary.of(
                tenantId,
                year,
                survey.answers(),
                survey.satisfiedSum(),
                survey.heardSum(),
                survey.wouldComplainAgain());
    }

    /** The nearest-rank percentile of the handling days, as {@link HandlingSummary#percentile} on the list. */
    private Long percentile(int percent) {
        long n = answered();
        if (n == 0) return null;
        long rank = Math.max((long) Math.ceil(percent / 100.0 * n), 1);
        long seen = 0;
        for (var entry : new TreeMap<>(handlingDays).entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) return entry.getKey();
        }
        throw new IllegalStateException("unreachable: rank " + rank + " of " + n);
    }

    private static Map<String, Long> count(List<Handled> facts, Function<Handled, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        facts.forEach(f -> counts.merge(key.apply(f), 1L, Long::sum));
        return counts;
    }

    private static <K extends Comparable<? super K>> Map<K, Long> sum(Map<K, Long> a, Map<K, Long> b) {
        Map<K, Long> sum = new TreeMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, Long::sum));
        return sum;
    }
}
