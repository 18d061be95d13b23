package no.klagesak.contracts;

/**
 * The payload of an integration event. Each payload names its stable, versioned type; the Java class name never
 * travels. Payloads carry ids and classifications, never a complaint's free text.
 */
public sealed interface IntegrationEvent
        permits ComplaintReceived,
                ComplaintAssigned,
                ComplaintInformationAdded,
                ComplaintQuestionAsked,
                ComplaintWithdrawn,
                ComplaintErased,
                ComplaintEscalationRequested,
                ComplainantReportedDeviation,
                CaseChanged,
                DeadlineApproaching,
                DeadlineBreached,
                WhistleblowerCheckInDue,
                AcknowledgementOverdue,
                ComplainantAwaited,
                ConcernedNoticeReviewDue,
                MinutesAnswered,
                RetentionExpired,
                SatisfactionAnswered,
                LeavingSurveyAnswered,
                DeviationReported,
                DeviationHandled,
                DeviationOverdue,
                TenantSnapshot {

    /** The stable type name, e.g. {@code complaint.received.v1}. */
    String type();
}
