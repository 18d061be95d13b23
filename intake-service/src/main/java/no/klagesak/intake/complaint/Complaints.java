package no.klagesak.intake.complaint;

import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.EventEnvelope;

/** The stored complaints. Every read names the tenant. */
public interface Complaints {

    /**
     * Stores the complaint together with the events it causes, in one single-document write: either both are stored
     * or neither is. A relay publishes the events afterwards. When a complaint with the same id exists (a client
     * retried a submission with the same idempotency key, see {@link ComplaintId#ofSubmission}), nothing is stored
     * and that complaint is returned instead.
     */
    Complaint addUnlessSubmitted(Complaint complaint, List<EventEnvelope> events);

    Optional<Complaint> findBy(String tenantId, ComplaintId id);
}
