package no.klagesak.intake.complaint.persistence;

import java.time.Instant;
import java.util.List;
import no.klagesak.intake.complaint.Complainant;
import no.klagesak.support.outbox.OutboxEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** The stored form of a complaint. {@code outbox} holds events not yet on Kafka; see docs/adr/0002. */
@Document("complaints")
@CompoundIndex(name = "tenant_reference", def = "{'tenantId': 1, 'reference': 1}", unique = true)
record ComplaintDocument(
        @Id String id,
        String tenantId,
        String reference,
        String track,
        String channel,
        String complainantRole,
        String category,
        String subject,
        String description,
        @Nullable String desiredChange,
        @Nullable Complainant complainant,
        boolean concernsLineManager,
        String language,
        Instant receivedAt,
        @Nullable String registeredBy,
        List<OutboxEntry> outbox) {}
