package no.klagesak.intake.complaint.persistence;

import java.time.Instant;
import java.util.List;
import no.klagesak.intake.complaint.model.CaseStanding;
import no.klagesak.intake.complaint.model.ComplainantState;
import no.klagesak.intake.complaint.model.Complaint;
import no.klagesak.intake.complaint.model.Message;
import no.klagesak.support.outbox.OutboxEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The stored form of a complaint: the complaint itself, the tenant, reference and submission key lifted to the top
 * for queries and the index, what the complainant did since ({@code state}, {@code conversation}), and {@code outbox}
 * with the events not yet on Kafka (docs/adr/0002). Every change is one update of this one document.
 *
 * @param state null on documents stored before follow-up existed: read as {@link ComplainantState#RECEIVED}
 * @param standing where routing last said the case stands; null until it has
 * @param erasedAt when its content and the complainant's data were erased
 */
@Document("complaints")
@CompoundIndex(name = "tenant_reference", def = "{'tenantId': 1, 'reference': 1}", unique = true)
@CompoundIndex(name = "tenant_ended", def = "{'tenantId': 1, 'standing.state': 1, 'standing.at': 1}")
@CompoundIndex(name = "tenant_receipt_code", def = "{'tenantId': 1, 'complaint.receiptCodeHash': 1}", sparse = true)
record ComplaintDocument(
        @Id String id,
        String tenantId,
        String reference,
        String submissionKey,
        Complaint complaint,
        @Nullable ComplainantState state,
        @Nullable List<Message> conversation,
        List<OutboxEntry> outbox,
        @Nullable CaseStanding standing,
        @Nullable Instant erasedAt) {}
