package no.klagesak.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The common envelope of every integration event. The same fields also travel as CloudEvents headers (see {@link
 * CloudEventHeaders}). The Kafka key is {@link #key()}: the complaint id for a complaint's events, which keeps them in
 * order, and the tenant id for a tenant's own events.
 *
 * @param complaintId absent on events about the tenant itself
 */
public record EventEnvelope(
        UUID id,
        String type,
        String tenantId,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String complaintId,
        Instant occurredAt,
        IntegrationEvent data) {

    public EventEnvelope {
        if (!type.equals(data.type())) {
            throw new IllegalArgumentException("Envelope type " + type + " does not match payload " + data.type());
        }
    }

    public static EventEnvelope of(String tenantId, String complaintId, Instant occurredAt, IntegrationEvent data) {
        return new EventEnvelope(UUID.randomUUID(), data.type(), tenantId, complaintId, occurredAt, data);
    }

    /** An event about the tenant itself, keyed by the tenant id. */
    public static EventEnvelope ofTenant(String tenantId, Instant occurredAt, IntegrationEvent data) {
        return new EventEnvelope(UUID.randomUUID(), data.type(), tenantId, null, occurredAt, data);
    }

    /** The Kafka key and CloudEvents subject: the complaint, or the tenant when the event is about the tenant. */
    public String key() {
        return complaintId != null ? complaintId : tenantId;
    }
}
