package no.klagesak.reporting.statistics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the board reads of the survey participants answer when they leave the programme (routine 004), in a year. The
 * figures grow in steps of {@value SurveySummary#MINIMUM} answers, in the order they came: those who hand out the links
 * (the managing director and management among them) also read these figures, and a figure that moved with every answer
 * would give away the answer of the participant who just left. Until there are five, only their number is said.
 *
 * @param answers every answer of the year
 * @param counted the answers the figures are made of: the first in whole steps of five
 * @param satisfied with their time in the programme, the average 1 to 5, or null below the minimum
 * @param heard felt heard and taken seriously, the average 1 to 5, or null below the minimum
 * @param wouldRecommendPercent or null below the minimum
 */
public record LeavingSurveySummary(
        int year,
        long answers,
        long counted,
        boolean tooFewToShow,
        @Nullable Double satisfied,
        @Nullable Double heard,
        @Nullable Long wouldRecommendPercent) {

    /** One answer: satisfied and heard 1 to 5, and whether they would recommend the programme. */
    public record Answer(int satisfied, int heard, boolean wouldRecommend) {}

    /** @param answers the year's answers in the order they came */
    public static LeavingSurveySummary of(int year, List<Answer> answers) {
        int counted = answers.size() - answers.size() % SurveySummary.MINIMUM;
        if (counted == 0) return new LeavingSurveySummary(year, answers.size(), 0, true, null, null, null);
        List<Answer> shown = answers.subList(0, counted);
        return new LeavingSurveySummary(
                year,
                answers.size(),
                counted,
                false,
                Math.round(10.0 * shown.stream().mapToInt(Answer::satisfied).sum() / counted) / 10.0,
                Math.round(10.0 * shown.stream().mapToInt(Answer::heard).sum() / counted) / 10.0,
                Math.round(100.0 * shown.stream().filter(Answer::wouldRecommend).count() / counted));
    }
}
