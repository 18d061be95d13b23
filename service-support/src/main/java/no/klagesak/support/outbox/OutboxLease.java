package no.klagesak.support.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which replica of a service relays a collection's outbox: one at a time, so two replicas do not both publish the same
 * entry. The holder renews its lease every round; when it stops (shut down: released at once; killed: the lease runs
 * out), another replica takes over. One conditional single-document write per round in {@value #COLLECTION}.
 *
 * <p>A holder that stalls longer than its lease (a long GC pause) can overlap with the next one for a round; the
 * consumers' idempotence by event id covers that.
 */
public final class OutboxLease {

    static final String COLLECTION = "outbox_leases";

    /** How long a lease lasts unless renewed ({@code klagesak.outbox.lease}). */
    public static final Duration DEFAULT_LENGTH = Duration.ofSeconds(15);

    private final MongoTemplate mongo;
    private final String holder = UUID.randomUUID().toString();
    private final Duration length;
    private final Clock clock;

    public OutboxLease(MongoTemplate mongo, Duration length, Clock clock) {
        this.mongo = mongo;
        this.length = length;
        this.clock = clock;
    }

    /** Takes or renews the lease on a collection's outbox; false while another replica holds it. */
    public boolean hold(String collection) {
        Instant now = clock.instant();
        Date until = Date.from(now.plus(length));
        var held = mongo.updateFirst(
                query(where("_id")
                        .is(collection)
                        .orOperator(where("holder").is(holder), where("until").lt(Date.from(now)))),
                new Update().set("holder", holder).set("until", until),
                COLLECTION);
        if (held.getMatchedCount() == 1) return true;
        try {
            mongo.insert(
                    new Document("_id", collection).append("holder", holder).append("until", until), COLLECTION);
            return true;
        } catch (DuplicateKeyException anotherHolds) {
            return false;
        }
    }

    /** Gives the lease up, so another replica takes over at its next round instead of after the lease runs out. */
    public void release(String collection) {
        mongo.updateFirst(
                query(new Criteria()
                        .andOperator(
                                where("_id").is(collection), where("holder").is(holder))),
                new Update().set("until", Date.from(Instant.EPOCH)),
                COLLECTION);
    }
}
