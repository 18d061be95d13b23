package no.klagesak.contracts;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the JSON form of {@link EventEnvelope}. The JSON is the contract, pinned by approval tests. */
public final class EventJson {

    private static final Map<String, Class<? extends IntegrationEvent>> PAYLOADS = Map.ofEntries(
            Map.entry(ComplaintReceived.TYPE, ComplaintReceived.class),
            Map.entry(ComplaintAssigned.TYPE, ComplaintAssigned.class),
            Map.entry(ComplaintInformationAdded.TYPE, ComplaintInformationAdded.class),
            Map.entry(ComplaintQuestionAsked.TYPE, ComplaintQuestionAsked.class),
            Map.entry(ComplaintWithdrawn.TYPE, ComplaintWithdrawn.class),
            Map.entry(ComplaintErased.TYPE, ComplaintErased.class),
            Map.entry(RetentionExpired.TYPE, RetentionExpired.class),
            Map.entry(ComplaintEscalationRequested.TYPE, ComplaintEscalationRequested.class),
            Map.entry(ComplainantReportedDeviation.TYPE, ComplainantReportedDeviation.class),
            Map.entry(CaseChanged.TYPE, CaseChanged.class),
            Map.entry(DeadlineApproaching.TYPE, DeadlineApproaching.class),
            Map.entry(DeadlineBreached.TYPE, DeadlineBreached.class),
            Map.entry(WhistleblowerCheckInDue.TYPE, WhistleblowerCheckInDue.class),
            Map.entry(AcknowledgementOverdue.TYPE, AcknowledgementOverdue.class),
            Map.entry(ComplainantAwaited.TYPE, ComplainantAwaited.class),
            Map.entry(ConcernedNoticeReviewDue.TYPE, ConcernedNoticeReviewDue.class),
            Map.entry(MinutesAnswered.TYPE, MinutesAnswered.class),
            Map.entry(SatisfactionAnswered.TYPE, SatisfactionAnswered.class),
            Map.entry(LeavingSurveyAnswered.TYPE, LeavingSurveyAnswered.class),
            Map.entry(DeviationReported.TYPE, DeviationReported.class),
            Map.entry(DeviationHandled.TYPE, DeviationHandled.class),
            Map.entry(DeviationOverdue.TYPE, DeviationOverdue.class),
            Map.entry(TenantSnapshot.TYPE, TenantSnapshot.class));

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private EventJson() {}

    /** Whether this is the type of an event this version of the contracts knows. */
    public static boolean knows(String type) {
        return PAYLOADS.containsKey(type);
    }

    public static String write(EventEnvelope envelope) {
        return MAPPER.writeValueAsString(envelope);
    }

    /**
     * Parses an envelope. A type this version does not know yields {@link UnknownEventType}, so a consumer can skip
     * events added after it was built.
     */
    public static EventEnvelope read(String json) {
        JsonNode tree = MAPPER.readTree(json);
        String type = tree.path("type").asString();
        Class<? extends IntegrationEvent> payloadType = PAYLOADS.get(type);
        if (payloadType == null) {
            throw new UnknownEventType(type);
        }
        IntegrationEvent data = MAPPER.treeToValue(tree.get("data"), payloadType);
        return new EventEnvelope(
                UUID.fromString(tree.path("id").asString()),
                type,
                tree.path("tenantId").asString(),
                tree.hasNonNull("complaintId") ? tree.get("complaintId").asString() : null,
                Instant.parse(tree.path("occurredAt").asString()),
                data);
    }

    /** An event type this version of the contracts does not know. */
    public static final class UnknownEventType extends RuntimeException {
        public UnknownEventType(String type) {
            super("Unknown event type: " + type);
        }
    }
}
