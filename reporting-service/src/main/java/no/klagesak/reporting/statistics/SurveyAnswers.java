package no.klagesak.reporting.statistics;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;
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
}
