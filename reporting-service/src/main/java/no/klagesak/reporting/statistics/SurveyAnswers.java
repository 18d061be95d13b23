package no.klagesak.reporting.statistics;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;
import no.klagesak.contracts.LeavingSurveyAnswered;
import no.klagesak.contracts.SatisfactionAnswered;

/**
 * The answers to the anonymous satisfaction survey, one per event (a replay counts nothing twice), with no link to any
 * case: the tenant, the month, the track and the answers. Each new answer marks its month's rollup as behind.
 */
public interface SurveyAnswers {

    /** Stores the answer once; false when this event was already counted. */
    boolean record(String eventId, String tenantId, SatisfactionAnswered answer, Instant changedAt);

    /** The month's answers, summed. */
    Rollup.SurveyTotals totalsIn(String tenantId, YearMonth month);

    /** The tenants' months that have answers. */
    Set<Rollups.Month> months();

    /**
     * Stores an answer to the survey a participant answers when leaving (routine 004) once; false when this event was
     * already counted. Kept apart from the survey after a case, whose totals the rollups carry.
     */
    boolean recordLeaving(String eventId, String tenantId, LeavingSurveyAnswered answer);

    /** The year's answers to the survey when leaving, summed: a count query, since they are few. */
    LeavingSurveySummary leavingIn(String tenantId, int year);
}
