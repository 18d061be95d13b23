package no.klagesak.reporting.statistics;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import no.klagesak.contracts.CaseChanged;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.DeadlineBreached;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.LeavingSurveyAnswered;
import no.klagesak.contracts.SatisfactionAnswered;

/**
 * The use case: what each event changes in the facts and survey answers. The same for a live event, a redelivery and
 * a rebuild from the topic: every change is set from the event itself, so applying an event again changes nothing.
 */
public class RecordingEvents {

    private final CountingComplaints counting;
    private final SurveyAnswers surveys;
    private final Facts facts;

    public RecordingEvents(CountingComplaints counting, SurveyAnswers surveys, Facts facts) {
        this.counting = counting;
        this.surveys = surveys;
        this.facts = facts;
    }

    /** A live event: the board is behind from when it happened until its month is rolled up. */
    public void apply(EventEnvelope event) {
        apply(event, event.occurredAt());
    }

    private void apply(EventEnvelope event, Instant changedAt) {
        switch (event.data()) {
            case ComplaintReceived received -> counting.on(event.tenantId(), event.complaintId(), received, changedAt);
            case SatisfactionAnswered answered ->
                surveys.record(event.id().toString(), event.tenantId(), answered, changedAt);
            case LeavingSurveyAnswered answered ->
                surveys.recordLeaving(event.id().toString(), event.tenantId(), answered);
            case ComplaintAssigned assigned ->
                facts.assigned(
                        event.tenantId(), event.complaintId(), assigned.deadline(), event.occurredAt(), changedAt);
            case CaseChanged changed ->
                facts.stepped(
                        event.tenantId(),
                        event.complaintId(),
                        changed.action(),
                        event.occurredAt(),
                        changed.outcome(),
                        changed.deadline(),
                        changedAt);
            case DeadlineBreached breached ->
                facts.breached(event.tenantId(), event.complaintId(), breached.reasonGiven(), changedAt);
            default -> {
                // Other events change nothing the statistics count.
            }
        }
    }

    /**
     * Applies the events of one rebuild from the topic, started at {@code startedAt}: the first
     * {@code complaint.received.v1} of each complaint replaces its fact, so a fix to how facts are recorded reaches it,
     * and its later events set their fields again; a redelivered one later in the topic changes nothing, as live.
     * Facts whose events are not replayed stay as they are: a rebuild never forgets a complaint (ADR 0019). What it
     * changes is behind from when it started, not from when the events happened.
     */
    public Consumer<EventEnvelope> rebuilding(Instant startedAt) {
        Set<String> renewed = new HashSet<>();
        return event -> {
            if (event.data() instanceof ComplaintReceived received
                    && event.complaintId() != null
                    && renewed.add(event.complaintId())) {
                counting.renew(event.tenantId(), event.complaintId(), received, startedAt);
            } else {
                apply(event, startedAt);
            }
        };
    }
}
