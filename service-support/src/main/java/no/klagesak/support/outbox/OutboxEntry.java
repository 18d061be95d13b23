package no.klagesak.support.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.time.Instant;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.EventJson;
import org.jspecify.annotations.Nullable;

/**
 * One event waiting in an aggregate's {@code outbox} array. The payload is the contract JSON, frozen when the state
 * changed, so a later code change cannot alter an event already promised.
 *
 * @param key the Kafka key: the complaint id, or the tenant id for events about the tenant
 * @param traceparent the W3C trace context of the work that promised the event (the request or the consumed event),
 *     so the relay, which runs later on its own thread, publishes it in the same trace; null when nothing was traced
 */
public record OutboxEntry(
        String eventId,
        String type,
        String tenantId,
        String key,
        Instant occurredAt,
        String payload,
        @Nullable String traceparent) {

    /** The field that holds pending entries in an aggregate document. */
    public static final String FIELD = "outbox";

    public static OutboxEntry of(EventEnvelope envelope) {
        return new OutboxEntry(
                envelope.id().toString(),
                envelope.type(),
                envelope.tenantId(),
                envelope.key(),
                envelope.occurredAt(),
                EventJson.write(envelope),
                currentTraceparent());
    }

    /** The trace the calling thread works in, as a W3C traceparent, or null outside a trace. */
    static @Nullable String currentTraceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) return null;
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                + span.getTraceFlags().asHex();
    }
}
