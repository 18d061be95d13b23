package no.klagesak.intake.complaint.persistence;

import java.util.List;
import no.klagesak.intake.complaint.Complaint;
import no.klagesak.support.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The stored form of a complaint: the complaint itself, the tenant, reference and submission key lifted to the top
 * for queries and the index, and {@code outbox} with the events not yet on Kafka (docs/adr/0002).
 */
@Document("complaints")
@CompoundIndex(name = "tenant_reference", def = "{'tenantId': 1, 'reference': 1}", unique = true)
record ComplaintDocument(
        @Id String id,
        String tenantId,
        String reference,
        String submissionKey,
        Complaint complaint,
        List<OutboxEntry> outbox) {}
