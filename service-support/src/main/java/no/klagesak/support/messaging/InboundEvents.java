package no.klagesak.support.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import no.klagesak.contracts.CloudEventHeaders;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.EventJson;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.messaging.Message;

/**
 * Turns an inbound Kafka message into an envelope and hands it on with the tenant and complaint in the logging
 * context. Events of a type this service does not know are skipped, so producers can add types first.
 */
public final class InboundEvents {

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

    private InboundEvents() {}

    public static void handle(Message<?> message, Consumer<EventEnvelope> handler) {
        read(message).ifPresent(envelope -> {
            try (var tenant = MDC.putCloseable("tenant", envelope.tenantId());
                    var subject = MDC.putCloseable("complaint", envelope.key())) {
                handler.accept(envelope);
            }
        });
    }

    /**
     * As {@link #handle(Message, Consumer)} for a listener that acts on some types only: an event whose CloudEvents
     * type header names a known type not among {@code types} is skipped before its payload is read (every service
     * sees every event of the topic; intake acts on one type of fifteen). Without the header, or with a type these
     * contracts do not know, the payload is read as always.
     */
    public static void handle(Message<?> message, Set<String> types, Consumer<EventEnvelope> handler) {
        String type = text(message.getHeaders().get(CloudEventHeaders.TYPE));
        if (type != null && !types.contains(type) && EventJson.knows(type)) return;
        handle(message, handler);
    }

    static Optional<EventEnvelope> read(Message<?> message) {
        String json = text(message.getPayload());
        if (json == null)
            throw new IllegalArgumentException(
                    "Unexpected payload " + message.getPayload().getClass());
        try {
            return Optional.of(EventJson.read(json));
        } catch (EventJson.UnknownEventType unknown) {
            log.debug("Skipped: {}", unknown.getMessage());
            return Optional.empty();
        }
    }

    /** A payload or header value as text: Kafka hands bytes, a test may hand a string; anything else is null. */
    private static @Nullable String text(@Nullable Object value) {
        return switch (value) {
            case byte[] bytes -> new String(bytes, UTF_8);
            case String text -> text;
            case null, default -> null;
        };
    }
}
