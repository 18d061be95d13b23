package no.klagesak.support.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.klagesak.contracts.CloudEventHeaders;
import no.klagesak.contracts.ComplaintWithdrawn;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.EventJson;
import no.klagesak.contracts.RetentionExpired;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

class InboundEventsTest {

    private final List<EventEnvelope> handled = new ArrayList<>();
    private final EventEnvelope retention = EventEnvelope.of(
            "fjordvekst",
            "c-1",
            Instant.parse("2026-11-26T09:00:00Z"),
            new RetentionExpired("FJV-2026-0001", "COMPLAINT", LocalDate.of(2026, 11, 26), 5));
    private final EventEnvelope withdrawn = EventEnvelope.of(
            "fjordvekst",
            "c-1",
            Instant.parse("2026-11-26T09:00:00Z"),
            new ComplaintWithdrawn("FJV-2026-0001", Instant.parse("2026-11-26T09:00:00Z"), false));

    private static Message<byte[]> message(EventEnvelope envelope, Object typeHeader) {
        var builder = MessageBuilder.withPayload(EventJson.write(envelope).getBytes(UTF_8));
        if (typeHeader != null) builder.setHeader(CloudEventHeaders.TYPE, typeHeader);
        return builder.build();
    }

    @Test
    void an_event_of_a_type_asked_for_is_handled() {
        InboundEvents.handle(
                message(retention, RetentionExpired.TYPE.getBytes(UTF_8)), Set.of(RetentionExpired.TYPE), handled::add);

        assertThat(handled).extracting(EventEnvelope::id).containsExactly(retention.id());
    }

    @Test
    void an_event_of_another_known_type_is_skipped_by_its_header() {
        InboundEvents.handle(
                message(withdrawn, ComplaintWithdrawn.TYPE.getBytes(UTF_8)),
                Set.of(RetentionExpired.TYPE),
                handled::add);
        InboundEvents.handle(message(withdrawn, ComplaintWithdrawn.TYPE), Set.of(RetentionExpired.TYPE), handled::add);

        assertThat(handled).isEmpty();
    }

    @Test
    void without_a_type_header_or_with_one_not_known_the_payload_decides() {
        InboundEvents.handle(message(retention, null), Set.of(RetentionExpired.TYPE), handled::add);
        InboundEvents.handle(
                message(retention, "\"garbled\"".getBytes(UTF_8)), Set.of(RetentionExpired.TYPE), handled::add);
        InboundEvents.handle(message(withdrawn, null), Set.of(RetentionExpired.TYPE), handled::add);

        assertThat(handled)
                .extracting(EventEnvelope::id)
                .as("the payload's own type is handled as before: the listener ignores what it does not act on")
                .containsExactly(retention.id(), retention.id(), withdrawn.id());
    }
}
