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
    private final List<OutboxEntry> sent = java.util.Collections.synchronizedList(new ArrayList<>());
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
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), OutboxLease.COLLECTION);
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

    @Test
    void each_documents_events_go_out_in_their_order_while_the_documents_are_sent_together() throws Exception {
        var waiting = new java.util.concurrent.CountDownLatch(3);
        List<OutboxEntry> inOrder = java.util.Collections.synchronizedList(new ArrayList<>());
        EventPublisher slowBroker = entry -> {
            if (entry.payload().contains("first")) {
                // Each document's first event is answered only when all three documents are being sent.
                waiting.countDown();
                try {
                    if (!waiting.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the documents were sent one after another");
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            inOrder.add(entry);
        };
        var together = new OutboxRelay(mongo, List.of("cases"), slowBroker, new SimpleMeterRegistry());
        for (String id : List.of("c-a", "c-b", "c-c")) {
            mongo.insert(
                    new Document("_id", id)
                            .append("outbox", List.of(entry(id, "first"), entry(id, "second"), entry(id, "third"))),
                    "cases");
        }

        assertThat(together.relay("cases")).isEqualTo(9);

        for (String id : List.of("c-a", "c-b", "c-c")) {
            assertThat(inOrder.stream()
                            .filter(e -> e.key().equals(id))
                            .map(e -> List.of("first", "second", "third").stream()
                                    .filter(e.payload()::contains)
                                    .findFirst()
                                    .orElseThrow()))
                    .containsExactly("first", "second", "third");
            assertThat(mongo.findById(id, Document.class, "cases").getList("outbox", Document.class))
                    .isEmpty();
        }
    }

    /** Issue 12: with two replicas of a service, every outbox entry is still published once (no double relay). */
    @Test
    void two_replicas_publish_every_entry_once_and_the_other_takes_over_when_the_holder_stops() throws Exception {
        var clock = new java.util.concurrent.atomic.AtomicReference<>(Instant.parse("2026-11-26T10:00:00Z"));
        java.time.Clock fixed = movable(clock);
        List<OutboxEntry> byFirst = java.util.Collections.synchronizedList(new ArrayList<>());
        List<OutboxEntry> bySecond = java.util.Collections.synchronizedList(new ArrayList<>());
        OutboxRelay first = replica(byFirst::add, fixed);
        OutboxRelay second = replica(bySecond::add, fixed);
        for (int i = 0; i < 50; i++) {
            mongo.insert(
                    new Document("_id", "r-" + i).append("outbox", List.of(entry("r-" + i), entry("r-" + i))), "cases");
        }

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        for (int round = 0; round < 3; round++) {
            var a = pool.submit(first::relayPending);
            var b = pool.submit(second::relayPending);
            a.get();
            b.get();
        }
        pool.shutdown();

        List<OutboxEntry> all = new ArrayList<>(byFirst);
        all.addAll(bySecond);
        assertThat(all).hasSize(100);
        assertThat(all.stream().map(OutboxEntry::eventId).distinct()).hasSize(100);
        assertThat(byFirst.isEmpty() || bySecond.isEmpty())
                .as("one replica relayed everything")
                .isTrue();
        OutboxRelay holder = byFirst.isEmpty() ? second : first;
        OutboxRelay other = holder == first ? second : first;
        List<OutboxEntry> byOther = holder == first ? bySecond : byFirst;

        // The holder is killed: the other waits for its lease to run out, then relays what came meanwhile.
        mongo.insert(new Document("_id", "r-late").append("outbox", List.of(entry("r-late"))), "cases");
        other.relayPending();
        assertThat(byOther).isEmpty();

        clock.set(clock.get().plusSeconds(16));
        other.relayPending();
        assertThat(byOther).extracting(OutboxEntry::key).containsExactly("r-late");

        // Stopped cleanly, it lets go at once: the first replica relays again without waiting.
        other.close();
        mongo.insert(new Document("_id", "r-after").append("outbox", List.of(entry("r-after"))), "cases");
        holder.relayPending();
        assertThat(holder == first ? byFirst : bySecond)
                .extracting(OutboxEntry::key)
                .contains("r-after");
    }

    /** The outbox's age is reported by the replica that relays it; one that lost the lease keeps no old value. */
    @Test
    void a_replica_that_lost_the_lease_reports_no_age_of_its_own() {
        var clock = new java.util.concurrent.atomic.AtomicReference<>(Instant.parse("2026-11-26T10:00:00Z"));
        var meters = new SimpleMeterRegistry();
        boolean[] brokerDown = {true};
        OutboxRelay first = replica(
                entry -> {
                    if (brokerDown[0]) throw new IllegalStateException("broker down");
                },
                movable(clock),
                meters);
        OutboxRelay second = replica(entry -> {}, movable(clock), new SimpleMeterRegistry());
        mongo.insert(new Document("_id", "c-age").append("outbox", List.of(entry("c-age"))), "cases");

        first.relayPending();
        assertThat(meters.get("klagesak.outbox.age").gauge().value()).isPositive();

        clock.set(clock.get().plusSeconds(16));
        second.relayPending();
        first.relayPending();
        assertThat(meters.get("klagesak.outbox.age").gauge().value()).isZero();
    }

    private OutboxRelay replica(EventPublisher publisher, java.time.Clock clock) {
        return replica(publisher, clock, new SimpleMeterRegistry());
    }

    private OutboxRelay replica(EventPublisher publisher, java.time.Clock clock, SimpleMeterRegistry meters) {
        return new OutboxRelay(
                mongo,
                List.of("cases"),
                publisher,
                meters,
                null,
                null,
                new OutboxLease(mongo, OutboxLease.DEFAULT_LENGTH, clock));
    }

    /** A clock the test moves by hand, for leases running out. */
    private static java.time.Clock movable(java.util.concurrent.atomic.AtomicReference<Instant> now) {
        return new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }

    /** An event of the complaint whose payload names {@code handler}. */
    private static OutboxEntry entry(String complaintId, String handler) {
        return OutboxEntry.of(EventEnvelope.of(
                "fjordvekst",
                complaintId,
                Instant.parse("2026-11-25T10:00:00Z"),
                new ComplaintAssigned("2026-00001", handler, "LINE_MANAGER", 14, java.time.LocalDate.of(2026, 12, 9))));
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
