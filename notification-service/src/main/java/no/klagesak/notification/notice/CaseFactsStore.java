package no.klagesak.notification.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.ComplaintReceived;
import org.jspecify.annotations.Nullable;

/** One document per complaint, each change a single-document write; a redelivered event writes the same again. */
public interface CaseFactsStore {

    /** Records the complaint (once: a redelivery changes nothing); returns the facts as stored, read by the write. */
    Optional<CaseFacts> received(String tenantId, String complaintId, ComplaintReceived received);

    /**
     * Returns the facts as they are after the write, read by it; empty when the case is unknown.
     *
     * @param concerned everyone the case concerns, as routing placed it
     */
    Optional<CaseFacts> assigned(
            String tenantId,
            String complaintId,
            @Nullable String handler,
            LocalDate deadline,
            int days,
            List<String> concerned);

    /** Returns the facts as they are after the write, read by it; empty when the case is unknown. */
    Optional<CaseFacts> changed(
            String tenantId, String complaintId, String state, @Nullable String handler, @Nullable LocalDate deadline);

    /** Whom the case concerns from now on, as its receiver corrected it (routing's {@code CORRECT_CONCERNED}). */
    void concerned(String tenantId, String complaintId, List<String> concerned);

    Optional<CaseFacts> find(String tenantId, String complaintId);

    /** The complainant's data was erased: their address and phone are forgotten. */
    void eraseComplainant(String tenantId, String complaintId);

    /** The tenant's complaints received from {@code from} until {@code to}, oldest first. */
    List<CaseFacts> receivedBetween(String tenantId, Instant from, Instant to);
}
