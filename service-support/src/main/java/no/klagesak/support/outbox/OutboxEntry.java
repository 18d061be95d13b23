package no.klagesak.support.outbox;

import java.time.Instant;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.EventJson;

/**
 * One event waiting in an aggregate's {@code outbox} array. The payload is the contract JSON, frozen when the state
 * changed, so a later code change cannot alter an event already promised.
 *
 * @param key the Kafka key: the complaint id, or the tenant id for events about the tenant
 */
public record OutboxEntry(
        String eventId, String type, String tenantId, String key, Instant occurredAt, String payload) {

    /** The field that holds pending entries in an aggregate document. */
    public static final String FIELD = "outbox";

    public static OutboxEntry of(EventEnvelope envelope) {
        return new OutboxEntry(
                envelope.id().toString(),
                envelope.type(),
                envelope.tenantId(),
                envelope.key(),
                envelope.occurredAt(),
                EventJson.write(envelope));
    }
}
