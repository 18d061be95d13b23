package no.klagesak.intake.complaint;

import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.EventEnvelope;

/** The stored complaints. Every read names the tenant. */
public interface Complaints {

    /**
     * Stores the complaint together with the events it causes, in one single-document write: either both are stored
     * or neither is. A relay publishes the events afterwards.
     */
    void add(Complaint complaint, List<EventEnvelope> events);

    Optional<Complaint> findBy(String tenantId, ComplaintId id);
}
