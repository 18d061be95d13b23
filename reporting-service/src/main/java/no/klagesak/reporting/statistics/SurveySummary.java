package no.klagesak.reporting.statistics;

import org.jspecify.annotations.Nullable;

/**
 * What the board reads of the satisfaction survey in a year. With fewer than {@value #MINIMUM} answers only that is
 * said, so no one's answer can be recognised.
 *
 * @param satisfied the average, 1 to 5, or null below the minimum
 * @param heard the average, 1 to 5, or null below the minimum
 * @param wouldComplainAgainPercent or null below the minimum
 */
public record SurveySummary(
        String tenantId,
        int year,
        long answers,
        boolean tooFewToShow,
        @Nullable Double satisfied,
        @Nullable Double heard,
        @Nullable Long wouldComplainAgainPercent) {

    public static final int MINIMUM = 5;

    public static SurveySummary of(
            String tenantId, int year, long answers, long satisfiedSum, long heardSum, long again) {
        if (answers < MINIMUM) return new SurveySummary(tenantId, year, answers, true, null, null, null);
        return new SurveySummary(
                tenantId,
                year,
                answers,
                false,
                Math.round(10.0 * satisfiedSum / answers) / 10.0,
                Math.round(10.0 * heardSum / answers) / 10.0,
                Math.round(100.0 * again / answers));
    }
}
