package no.klagesak.intake.complaint.web;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Counts per key in fixed windows, in MongoDB, so every instance of intake counts in the same window and a limit is
 * the same with one instance or six (ADR 0021). A key's window starts with its first count and lasts {@code length};
 * one document per key holds the count and the window's end, changed only by single-document atomic writes, and a
 * TTL index removes it after its window has ended. Keys are never a source address in clear ({@link SourceAddresses}).
 */
final class FixedWindows {

    static final String COLLECTION = "rate_limit_windows";

    /** Each try loses only to another instance starting the same window, so a second try nearly always counts. */
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final String limit;
    private final Duration length;
    private final Clock clock;

    /** @param limit what is counted ({@code submissions}, {@code wrong-codes}), so two limits never share a key */
    FixedWindows(MongoTemplate mongo, String limit, Duration length, Clock clock) {
        this.mongo = mongo;
        this.limit = limit;
        this.length = length;
        this.clock = clock;
        // MongoDB's TTL monitor deletes a window about a minute after its end; an ended one is started again before.
        mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO));
    }

    /** One more for the key, in its window: how many the window has counted with this one, and how long it lasts. */
    Counted count(String key) {
        String id = limit + ":" + key;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            // The usual case: the window is running; count in it.
            Document running = mongo.findAndModify(
                    query(where("_id").is(id).and("end").gt(Date.from(now))),
                    new Update().inc("count", 1L),
                    FindAndModifyOptions.options().returnNew(true),
                    Document.class,
                    COLLECTION);
            if (running != null) return counted(id, running, now);
            // None, or it has ended: start one with this count. If another instance started it meanwhile, the filter
            // no longer matches, the upsert's insert meets its _id, and the count goes to the running window above.
            Instant end = now.plus(length);
            try {
                Document started = mongo.findAndModify(
                        query(where("_id").is(id).and("end").lte(Date.from(now))),
                        new Update().set("count", 1L).set("end", Date.from(end)).set("expiresAt", Date.from(end)),
                        FindAndModifyOptions.options().upsert(true).returnNew(true),
                        Document.class,
                        COLLECTION);
                if (started != null) return counted(id, started, now);
            } catch (DuplicateKeyException startedElsewhere) {
                // counted in the window the other instance started, on the next turn of the loop
            }
        }
        throw new IllegalStateException("The window of " + limit + " could not be counted in " + ATTEMPTS + " tries");
    }

    /** Takes back what {@link #count} counted, in the same window only (a window started since is not touched). */
    void giveBack(Counted counted) {
        mongo.updateFirst(
                query(where("_id").is(counted.id()).and("end").is(Date.from(counted.end()))),
                new Update().inc("count", -1L),
                COLLECTION);
    }

    private static Counted counted(String id, Document window, Instant now) {
        Instant end = window.getDate("end").toInstant();
        return new Counted(id, ((Number) window.get("count")).longValue(), end, Duration.between(now, end));
    }

    /**
     * A count in a key's window.
     *
     * @param count how many the window has counted, this one included
     * @param left how long until the window ends, from when this was counted
     */
    record Counted(String id, long count, Instant end, Duration left) {

        /** Over the limit: this one is refused, for as long as the window is left. */
        boolean over(int limit) {
            return count > limit;
        }
    }
}
