package no.klagesak.notification.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The notices owed and sent, each one document moved through PENDING, SENDING, SENT, or FAILED (permanently) and
 * CANCELLED (the case was done before it went), with single-document writes. A letter by post is stored as LETTER and
 * never sent by the service.
 */
public interface Notices {

    /** Stores a notice owed; false, changing nothing, when it is already known (a redelivered event). */
    boolean add(Notice notice);

    /**
     * Takes the oldest notice due (pending and its retry time come, or claimed before {@code staleBefore} by a process
     * that never finished), at most one claimer at a time, and counts the attempt.
     */
    Optional<Claimed> claimNext(Instant now, Instant staleBefore);

    /**
     * Takes this notice if it is pending and due, and counts the attempt: to send at once what an event just owed, by
     * its id (one indexed write, where {@link #claimNext} searches every notice).
     */
    Optional<Claimed> claim(String id, Instant now);

    void sent(String id, Instant at);

    /** Gives the claim back to be tried again at {@code next}. */
    void retryAt(String id, Instant next, String error);

    void failed(String id, String error);

    void cancelled(String id, String why);

    /** What was sent or owed about a case, oldest first: kinds, recipients and states, never an address. */
    List<Delivery> ofComplaint(String tenantId, String complaintId);

    /** The complaint's notices to its complainant, oldest first: for their access request. */
    List<Notice> toComplainant(String tenantId, String complaintId);

    /**
     * The complainant's data was erased: the complaint's notices to them keep only what and when, no address, phone or
     * wording, and those not yet sent never will be ({@code ERASED}).
     */
    void eraseComplainant(String tenantId, String complaintId);

    /** One notice of the tenant, to write it again (as a letter). */
    Optional<Notice> find(String tenantId, String id);

    /** The tenant's notices that could not be delivered at all. */
    List<Delivery> failed(String tenantId);

    record Claimed(Notice notice, int attempts) {}

    /**
     * @param state PENDING, SENDING, SENT, FAILED, CANCELLED, or LETTER: to be printed and posted by the handler
     * @param channel EMAIL, SMS or LETTER: how it was (or is to be) delivered, so the log says "sent by e-mail" only of
     *     a mail the mail server took
     */
    record Delivery(
            String id,
            String complaintId,
            String reference,
            NoticeKind kind,
            String recipient,
            String state,
            int attempts,
            Instant createdAt,
            @Nullable Instant sentAt,
            @Nullable String error,
            String channel) {}
}
