package no.klagesak.intake.complaint.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A complaint as the archive takes it: as registered, its conversation, where the case last stood, and when its content
 * was erased. Opened: read only to be written into an archive extract.
 *
 * @param erasedAt when its content and the complainant's data were erased; the conversation then keeps its steps, each
 *     with its text erased
 */
public record CaseRecord(
        Complaint complaint,
        List<Message> conversation,
        ComplainantState state,
        @Nullable CaseStanding standing,
        @Nullable Instant erasedAt) {

    public CaseRecord {
        conversation = List.copyOf(conversation);
    }

    /** The same complaint as its complainant follows it up. */
    public FollowUp followUp() {
        return new FollowUp(
                complaint.id(),
                complaint.tenantId(),
                complaint.reference(),
                complaint.track(),
                complaint.category(),
                complaint.anonymous(),
                complaint.receivedAt(),
                state,
                conversation,
                standing);
    }
}
