package no.klagesak.reporting.statistics;

import org.jspecify.annotations.Nullable;

/**
 * What the board reads of the survey participants answer when they leave the programme (routine 004), in a year. With
 * fewer than {@value SurveySummary#MINIMUM} answers only their number is said, so no one's answer can be recognised.
 *
 * @param satisfied with their time in the programme, the average 1 to 5, or null below the minimum
 * @param heard felt heard and taken seriously, the average 1 to 5, or null below the minimum
 * @param wouldRecommendPercent or null below the minimum
 */
public record LeavingSurveySummary(
        int year,
        long answers,
        boolean tooFewToShow,
        @Nullable Double satisfied,
        @Nullable Double heard,
        @Nullable Long wouldRecommendPercent) {

    public static LeavingSurveySummary of(int year, long answers, long satisfiedSum, long heardSum, long recommend) {
        if (answers < SurveySummary.MINIMUM) return new LeavingSurveySummary(year, answers, true, null, null, null);
        return new LeavingSurveySummary(
                year,
                answers,
                false,
                Math.round(10.0 * satisfiedSum / answers) / 10.0,
                Math.round(10.0 * heardSum / answers) / 10.0,
                Math.round(100.0 * recommend / answers));
    }
}
