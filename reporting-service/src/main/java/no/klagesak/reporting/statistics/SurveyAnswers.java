package no.klagesak.reporting.statistics;

import no.klagesak.contracts.SatisfactionAnswered;

/**
 * The answers to the anonymous satisfaction survey, one per event (a replay counts nothing twice), with no link to any
 * case: the tenant, the month, the track and the answers.
 */
public interface SurveyAnswers {

    /** Stores the answer once; false when this event was already counted. */
    boolean record(String eventId, String tenantId, SatisfactionAnswered answer);

    SurveySummary summaryFor(String tenantId, int year);
}
