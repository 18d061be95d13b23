package no.klagesak.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * The common envelope of every integration event. The same fields also travel as CloudEvents headers (see {@link
 * CloudEventHeaders}); the Kafka key is {@link #complaintId}, which keeps one complaint's events in order.
 */
public record EventEnvelope(
        UUID id, String type, String tenantId, String complaintId, Instant occurredAt, IntegrationEvent data) {

    public EventEnvelope {
        if (!type.equals(data.type())) {
            throw new IllegalArgumentException("Envelope type " + type + " does not match payload " + data.type());
        }
    }

    public static EventEnvelope of(String tenantId, String complaintId, Instant occurredAt, IntegrationEvent data) {
        return new EventEnvelope(UUID.randomUUID(), data.type(), tenantId, complaintId, occurredAt, data);
    }
}
