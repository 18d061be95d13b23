package no.klagesak.routing.assignment.persistence;

import java.util.List;
import no.klagesak.routing.assignment.ComplaintCase;
import no.klagesak.support.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** The id is the complaint id, so a second insert for the same complaint fails on the primary key. */
@Document("cases")
record CaseDocument(@Id String id, @Indexed String tenantId, ComplaintCase assignment, List<OutboxEntry> outbox) {}
