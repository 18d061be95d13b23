package no.klagesak.support.test;

import java.time.Instant;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.support.messaging.KafkaEventPublisher;
import no.klagesak.support.outbox.OutboxEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.stream.function.StreamBridge;

/** Publishes an event the way a producing service does, through the real binder, headers and all. */
public final class TestEvents {

    private TestEvents() {}

    public static void publish(StreamBridge streamBridge, EventEnvelope event) {
        new KafkaEventPublisher(streamBridge, "test").publish(OutboxEntry.of(event));
    }

    /**
     * A participant's complaint about the follow-up, from the web form under routine version 1, received at {@code at};
     * named with an e-mail address when {@code acknowledgeTo} is given (then acknowledged in Bokmål).
     */
    public static EventEnvelope received(
            String tenant, String complaintId, String reference, Instant at, @Nullable String acknowledgeTo) {
        return EventEnvelope.of(
                tenant,
                complaintId,
                at,
                new ComplaintReceived(
                        reference,
                        "COMPLAINT",
                        "WEB_FORM",
                        "PARTICIPANT",
                        "FOLLOW_UP",
                        1,
                        false,
                        false,
                        at,
                        acknowledgeTo == null
                                ? null
                                : new ComplaintReceived.AcknowledgementAddress(acknowledgeTo, "nb")));
    }
}
