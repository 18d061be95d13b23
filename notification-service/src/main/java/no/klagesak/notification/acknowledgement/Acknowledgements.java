package no.klagesak.notification.acknowledgement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The acknowledgement of each complaint, as a small state machine in one document per complaint: PENDING once the
 * address is known, SENDING while claimed, SENT when the mail server took it. Every step is a single-document write.
 */
public interface Acknowledgements {

    /** Remembers where to write; a second call for the same complaint changes nothing. */
    void remember(Recipient recipient);

    /**
     * Takes the right to send, at most once per complaint, and records what the letter must say: returns the
     * recipient and marks the acknowledgement SENDING, or empty when there is nobody to write to or it was already
     * claimed.
     */
    Optional<Recipient> claim(String tenantId, String complaintId, LocalDate due, int handlingTimeDays);

    /**
     * Takes one acknowledgement that should have gone out but did not: given back after a failed send, or claimed
     * before {@code staleBefore} by a process that never finished (it crashed). Empty when there is none.
     */
    Optional<Unsent> claimUnsent(Instant staleBefore);

    void markSent(String tenantId, String complaintId, Instant sentAt);

    /** Gives the claim back after a failed send, so a retry may send. */
    void release(String tenantId, String complaintId);

    Optional<AcknowledgementStatus> status(String tenantId, String complaintId);

    /** An acknowledgement to send again, with what its letter says. */
    record Unsent(Recipient recipient, LocalDate due, int handlingTimeDays) {}

    record AcknowledgementStatus(
            String complaintId,
            String reference,
            String state,
            @Nullable LocalDate due,
            @Nullable Instant sentAt) {}
}
