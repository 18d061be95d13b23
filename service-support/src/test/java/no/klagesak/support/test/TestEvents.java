package no.klagesak.support.test;

import no.klagesak.contracts.EventEnvelope;
import no.klagesak.support.messaging.KafkaEventPublisher;
import no.klagesak.support.outbox.OutboxEntry;
import org.springframework.cloud.stream.function.StreamBridge;

/** Publishes an event the way a producing service does, through the real binder, headers and all. */
public final class TestEvents {

    private TestEvents() {}

    public static void publish(StreamBridge streamBridge, EventEnvelope event) {
        new KafkaEventPublisher(streamBridge, "test").publish(OutboxEntry.of(event));
    }
}
