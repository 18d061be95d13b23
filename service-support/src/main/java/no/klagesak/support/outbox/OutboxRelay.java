package no.klagesak.support.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes what aggregates left in their outbox, up to {@value #BATCH} documents a round in the order the store finds
 * them, and removes each entry once the broker has acknowledged it. Order matters only within one aggregate, whose
 * entries are published in the order its document holds them. A crash between publish and removal publishes the entry again: delivery is at least once, and every
 * consumer is idempotent by complaint id or event id. Each entry is published in the trace of the work that promised
 * it (its stored {@code traceparent}), so a request can be followed from HTTP through the outbox to every consumer.
 * Among several replicas of a service, only the one holding a collection's {@link OutboxLease} relays it.
 */
public class OutboxRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;

    /**
     * What the relay asks for: documents with an entry pending. MongoDB answers it from the sparse index {@link
     * #PENDING_INDEX} on the same path, which holds only documents with something pending, so a round costs what is
     * pending rather than the whole collection (before the index, every round of every replica read every complaint).
     */
    public static final String PENDING_PATH = OutboxEntry.FIELD + ".occurredAt";

    public static final String PENDING_INDEX = "outbox_pending";

    private final MongoTemplate mongo;
    private final List<String> collections;
    private final EventPublisher publisher;
    private final Counter published;
    private final Counter failed;
    private final @Nullable Tracer tracer;
    private final @Nullable Propagator propagator;
    private final OutboxLease lease;

    public OutboxRelay(MongoTemplate mongo, List<String> collections, EventPublisher publisher, MeterRegistry meters) {
        this(
                mongo,
                collections,
                publisher,
                meters,
                null,
                null,
                new OutboxLease(mongo, OutboxLease.DEFAULT_LENGTH, Clock.systemUTC()));
    }

    public OutboxRelay(
            MongoTemplate mongo,
            List<String> collections,
            EventPublisher publisher,
            MeterRegistry meters,
            @Nullable Tracer tracer,
            @Nullable Propagator propagator,
            OutboxLease lease) {
        this.lease = lease;
        this.tracer = tracer;
        this.propagator = propagator;
        this.mongo = mongo;
        this.collections = List.copyOf(collections);
        this.publisher = publisher;
        this.published = meters.counter("klagesak.outbox.published");
        this.failed = meters.counter("klagesak.outbox.failed");
        for (String collection : this.collections) {
            mongo.indexOps(collection)
                    .createIndex(new Index()
                            .on(PENDING_PATH, Sort.Direction.ASC)
                            .sparse()
                            .named(PENDING_INDEX));
            AtomicLong age = ages.computeIfAbsent(collection, c -> new AtomicLong());
            Gauge.builder("klagesak.outbox.age", age, AtomicLong::get)
                    .description("How long the oldest event not yet handed to Kafka has waited")
                    .baseUnit("seconds")
                    .tag("collection", collection)
                    .register(meters);
        }
    }

    /** Per collection: seconds the oldest pending entry had waited when the last round began; 0 once all went out. */
    private final Map<String, AtomicLong> ages = new ConcurrentHashMap<>();

    @Scheduled(fixedDelayString = "${klagesak.outbox.poll-interval:200ms}")
    public void relayPending() {
        for (String collection : collections) {
            try {
                if (lease.hold(collection)) {
                    relay(collection);
                } else {
                    // The holder reports the outbox's age; a replica that lost the lease must not keep an old one.
                    ages.get(collection).set(0);
                }
            } catch (RuntimeException e) {
                failed.increment();
                // Kept for the next round; nothing is lost. No payload is logged: it may name a person.
                log.warn("Outbox relay of {} paused: {}", collection, e.toString());
            }
        }
    }

    /** Lets another replica take over the outboxes at once (called when the application stops). */
    @Override
    public void close() {
        for (String collection : collections) {
            try {
                lease.release(collection);
            } catch (RuntimeException e) {
                log.info("Outbox lease on {} left to run out: {}", collection, e.toString());
            }
        }
    }

    /** Relays one batch from one collection, whichever replica holds it; returns how many events went out. */
    public int relay(String collection) {
        Query pending = query(where(PENDING_PATH).exists(true)).limit(BATCH);
        int count = 0;
        List<Document> documents = mongo.find(pending, Document.class, collection);
        Instant now = Instant.now();
        AtomicLong age = ages.computeIfAbsent(collection, c -> new AtomicLong());
        age.set(documents.stream()
                .flatMap(d -> d.getList(OutboxEntry.FIELD, Document.class).stream())
                .map(OutboxRelay::occurredAt)
                .min(Instant::compareTo)
                .map(oldest -> Math.max(0, Duration.between(oldest, now).toSeconds()))
                .orElse(0L));
        // Each document's events in their order, in a thread of its own: the documents' sends wait for the broker
        // together, not one after another. One document is one aggregate, so one key: its order is the order kept.
        List<Future<Integer>> sending = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Document document : documents) sending.add(threads.submit(() -> relay(collection, document)));
        }
        RuntimeException failure = null;
        for (Future<Integer> sent : sending) {
            try {
                count += sent.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException runtime
                            ? runtime
                            : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Outbox relay interrupted", e);
            }
        }
        if (failure != null) throw failure;
        // Everything this round found went out (a failure leaves the age as it was when the round began).
        if (documents.size() < BATCH) age.set(0);
        return count;
    }

    /**
     * One document's events, in order, each removed once the broker has it; stops at the first the broker refuses,
     * which stays with those after it for the next round.
     */
    private int relay(String collection, Document document) {
        int count = 0;
        for (Document entry : document.getList(OutboxEntry.FIELD, Document.class)) {
            OutboxEntry outgoing = read(entry);
            publishInItsTrace(outgoing);
            mongo.updateFirst(
                    query(where("_id").is(document.get("_id"))),
                    new Update().pull(OutboxEntry.FIELD, new Document("eventId", outgoing.eventId())),
                    collection);
            published.increment();
            count++;
        }
        return count;
    }

    private void publishInItsTrace(OutboxEntry entry) {
        String traceparent = entry.traceparent();
        if (tracer == null || propagator == null || traceparent == null) {
            publisher.publish(entry);
            return;
        }
        Span span = propagator
                .extract(Map.of("traceparent", traceparent), Map::get)
                .name("outbox relay")
                .tag("klagesak.event.type", entry.type())
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            publisher.publish(entry);
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    private static OutboxEntry read(Document entry) {
        return new OutboxEntry(
                entry.getString("eventId"),
                entry.getString("type"),
                entry.getString("tenantId"),
                entry.getString("key"),
                occurredAt(entry),
                entry.getString("payload"),
                entry.getString("traceparent"));
    }

    private static Instant occurredAt(Document entry) {
        Object occurredAt = entry.get("occurredAt");
        return occurredAt instanceof Date date ? date.toInstant() : Instant.parse(occurredAt.toString());
    }
}
