package no.klagesak.routing.assignment;

import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.EventEnvelope;

/** The cases routing holds. Every read names the tenant. */
public interface Cases {

    /**
     * Stores a new case with the events it causes, in one single-document write. Returns false, storing nothing, when
     * the complaint already has a case: a redelivered event assigns nothing twice.
     */
    boolean addIfAbsent(ComplaintCase complaintCase, List<EventEnvelope> events);

    Optional<ComplaintCase> findBy(String tenantId, String complaintId);

    List<ComplaintCase> findAll(String tenantId);
}
