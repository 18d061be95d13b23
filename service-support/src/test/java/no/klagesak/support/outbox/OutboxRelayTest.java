package no.klagesak.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.support.test.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class OutboxRelayTest {

    private final MongoTemplate mongo =
            new MongoTemplate(MongoClients.create(InMemoryMongo.uri()), "outbox-relay-test");
    private final List<OutboxEntry> sent = new ArrayList<>();
    private boolean brokerDown;
    private final EventPublisher broker = entry -> {
        if (brokerDown) {
            throw new IllegalStateException("broker down");
        }
        sent.add(entry);
    };
    private final OutboxRelay relay = new OutboxRelay(mongo, List.of("cases"), broker, new SimpleMeterRegistry());

    @BeforeEach
    void empty() {
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "cases");
    }

    @Test
    void pending_events_are_published_once_and_removed_from_the_document() {
        OutboxEntry entry = entry("c-1");
        mongo.insert(new Document("_id", "c-1").append("handler", "h").append("outbox", List.of(entry)), "cases");

        assertThat(relay.relay("cases")).isEqualTo(1);
        assertThat(relay.relay("cases")).isZero();

        assertThat(sent).containsExactly(entry);
        Document stored = mongo.findById("c-1", Document.class, "cases");
        assertThat(stored.getList("outbox", Document.class)).isEmpty();
        assertThat(stored.getString("handler")).isEqualTo("h");
    }

    @Test
    void when_the_broker_refuses_the_event_stays_for_the_next_round() {
        mongo.insert(new Document("_id", "c-2").append("outbox", List.of(entry("c-2"))), "cases");
        brokerDown = true;

        assertThatThrownBy(() -> relay.relay("cases")).hasMessageContaining("broker down");
        relay.relayPending();
        assertThat(mongo.findById("c-2", Document.class, "cases").getList("outbox", Document.class))
                .hasSize(1);

        brokerDown = false;
        relay.relayPending();
        assertThat(sent).extracting(OutboxEntry::key).containsExactly("c-2");
    }

    private static OutboxEntry entry(String complaintId) {
        Instant at = Instant.parse("2026-11-25T10:00:00Z");
        return OutboxEntry.of(EventEnvelope.of(
                "fjordvekst",
                complaintId,
                at,
                new ComplaintAssigned("2026-00001", "h", "LINE_MANAGER", 14, java.time.LocalDate.of(2026, 12, 9))));
    }
}
