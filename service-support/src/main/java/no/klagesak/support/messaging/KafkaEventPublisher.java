package no.klagesak.support.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import no.klagesak.contracts.CloudEventHeaders;
import no.klagesak.support.outbox.EventPublisher;
import no.klagesak.support.outbox.OutboxEntry;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

/**
 * Sends an outbox entry to the {@value #BINDING} binding. The binding is synchronous ({@code producer.sync=true}) with
 * {@code acks=all} and idempotence, so a return means the broker has the event. The key is the complaint id, which
 * keeps one complaint's events in one partition, in order (the tenant id for a tenant's own events).
 */
public class KafkaEventPublisher implements EventPublisher {

    public static final String BINDING = "outbox-out-0";

    private final StreamBridge streamBridge;
    private final String source;

    public KafkaEventPublisher(StreamBridge streamBridge, String source) {
        this.streamBridge = streamBridge;
        this.source = "/klagesak/" + source;
    }

    @Override
    public void publish(OutboxEntry entry) {
        if (!streamBridge.send(BINDING, message(entry), MimeTypeUtils.APPLICATION_JSON)) {
            throw new IllegalStateException("Kafka did not accept event " + entry.eventId());
        }
    }

    Message<String> message(OutboxEntry entry) {
        // Header values as bytes: they reach Kafka raw, readable by any CloudEvents consumer.
        return MessageBuilder.withPayload(entry.payload())
                .setHeader(KafkaHeaders.KEY, entry.key().getBytes(UTF_8))
                .setHeader(CloudEventHeaders.ID, bytes(entry.eventId()))
                .setHeader(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_VALUE))
                .setHeader(CloudEventHeaders.TYPE, bytes(entry.type()))
                .setHeader(CloudEventHeaders.SOURCE, bytes(source))
                .setHeader(CloudEventHeaders.TIME, bytes(entry.occurredAt().toString()))
                .setHeader(CloudEventHeaders.SUBJECT, bytes(entry.key()))
                .setHeader(CloudEventHeaders.TENANT_ID, bytes(entry.tenantId()))
                .setHeader(CloudEventHeaders.DATA_CONTENT_TYPE, bytes(CloudEventHeaders.JSON))
                .build();
    }

    private static byte[] bytes(String value) {
        return value.getBytes(UTF_8);
    }
}
