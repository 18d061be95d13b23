package no.klagesak.intake.complaint.model;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.klagesak.contracts.CaseLifecycle;
import no.klagesak.contracts.CaseState;
import org.jspecify.annotations.Nullable;

/**
 * A complaint as its complainant follows it up: what they may see of it, the conversation, and where the case stands.
 * Nothing here names the handler.
 *
 * @param state what the complainant did in intake (withdrew, asked management to decide)
 * @param standing where routing last said the case stands; null until routing has told
 */
public record FollowUp(
        ComplaintId id,
        String tenantId,
        String reference,
        Track track,
        String category,
        boolean anonymous,
        Instant receivedAt,
        ComplainantState state,
        List<Message> messages,
        @Nullable CaseStanding standing) {

    public FollowUp {
        messages = List.copyOf(messages);
    }

    /** The case's state in plain terms, as the complainant sees it. */
    public enum Shown {
        /** Received; a handler has not started yet. */
        RECEIVED,
        IN_PROGRESS,
        /** The handler asked them; the deadline stands still until they answer. */
        WAITING_FOR_YOU,
        /** Answered, with an outcome. */
        ANSWERED,
        /** They asked management to decide; management has not taken it yet. */
        ESCALATION_REQUESTED,
        /** Management is deciding. */
        WITH_MANAGEMENT,
        /** Management decided: final. */
        DECIDED,
        WITHDRAWN
    }

    /** The state the shared table is read with: routing's, or the complainant's withdrawal as soon as it is made. */
    public CaseState lifecycleState() {
        if (state == ComplainantState.WITHDRAWN) return CaseState.WITHDRAWN;
        return standing == null ? CaseState.TRIAGE : standing.state();
    }

    public Shown shown() {
        return switch (lifecycleState()) {
            case TRIAGE, ASSIGNED -> Shown.RECEIVED;
            case IN_PROGRESS -> Shown.IN_PROGRESS;
            case WAITING_FOR_COMPLAINANT -> Shown.WAITING_FOR_YOU;
            case RESOLVED, CLOSED -> escalationPending() ? Shown.ESCALATION_REQUESTED : Shown.ANSWERED;
            case ESCALATED -> Shown.WITH_MANAGEMENT;
            case DECIDED -> Shown.DECIDED;
            case WITHDRAWN -> Shown.WITHDRAWN;
        };
    }

    /** They asked management to decide after routing's last word, which has not reached routing's answer yet. */
    private boolean escalationPending() {
        return state == ComplainantState.ESCALATION_REQUESTED
                && messages.stream()
                        .filter(m -> m.kind() == Message.Kind.ESCALATION)
                        .anyMatch(m -> standing == null || !m.at().isBefore(standing.at()));
    }

    /**
     * What the complainant may do now, by the shared table: never the handler's question, escalation only where the
     * routine offers it and not twice.
     */
    public Set<CaseLifecycle.Step> allowedToComplainant(boolean escalationOffered) {
        Set<CaseLifecycle.Step> allowed = EnumSet.noneOf(CaseLifecycle.Step.class);
        allowed.addAll(CaseLifecycle.allowed(lifecycleState()));
        allowed.remove(CaseLifecycle.Step.ASK_QUESTION);
        if (!escalationOffered || escalationPending()) allowed.remove(CaseLifecycle.Step.ESCALATE);
        if (openMinutes().isEmpty()) allowed.remove(CaseLifecycle.Step.ANSWER_MINUTES);
        if (openQuestion().isEmpty()) allowed.remove(CaseLifecycle.Step.ANSWER_QUESTION);
        return allowed;
    }

    /** Whether the shared table lets the step happen to the case now. */
    public boolean allows(CaseLifecycle.Step step) {
        return CaseLifecycle.allows(lifecycleState(), step);
    }

    /** The latest minutes sent to the complainant that they have neither confirmed nor disputed. */
    public Optional<Message> openMinutes() {
        return messages.reversed().stream()
                .filter(m -> m.kind() == Message.Kind.MINUTES)
                .findFirst()
                .filter(minutes -> messages.stream().noneMatch(m -> minutes.id().equals(m.answers())));
    }

    /** The latest question not yet answered, which the page puts first. */
    public Optional<Message> openQuestion() {
        return messages.reversed().stream()
                .filter(m -> m.kind() == Message.Kind.QUESTION)
                .findFirst()
                .filter(q -> messages.stream().noneMatch(m -> q.id().equals(m.answers())));
    }
}
