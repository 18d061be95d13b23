package no.klagesak.intake.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A complaint as its complainant follows it up: what they may see of it and the conversation. Nothing here names the
 * handler.
 */
public record FollowUp(
        ComplaintId id,
        String tenantId,
        String reference,
        Track track,
        String category,
        boolean anonymous,
        Instant receivedAt,
        CaseState state,
        List<Message> messages) {

    public FollowUp {
        messages = List.copyOf(messages);
    }

    /** The latest question not yet answered, which the page puts first. */
    public Optional<Message> openQuestion() {
        return messages.reversed().stream()
                .filter(m -> m.kind() == Message.Kind.QUESTION)
                .findFirst()
                .filter(q -> messages.stream().noneMatch(m -> q.id().equals(m.answers())));
    }
}
