package no.klagesak.support.access;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Every read of a complaint's content, and every refused attempt, in the service that holds the content: who, when,
 * what, which complaint and why they were allowed (the reason routing gave). Append-only by construction: this class
 * inserts and reads, and nothing in the platform updates or deletes an entry. The tenant admin reads it.
 */
public class AuditLog {

    static final String COLLECTION = "audit_log";

    /**
     * @param action {@code READ} or {@code REFUSED}
     * @param what what was read, e.g. {@code COMPLAINT}, {@code ATTACHMENT}, {@code CONVERSATION}, {@code NOTICES}
     * @param why routing's reason ({@code HANDLER}, {@code LINE_MANAGER}, {@code MANAGING_DIRECTOR}, {@code
     *     MANAGEMENT_GROUP}, {@code WHISTLEBLOWING_RECEIVER}), or why it was refused ({@code NOT_ALLOWED})
     */
    public record Entry(
            String id,
            String tenantId,
            Instant at,
            String who,
            String action,
            String what,
            String complaintId,
            String why,
            String service) {}

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String service;

    public AuditLog(MongoTemplate mongo, Clock clock, String service) {
        this.mongo = mongo;
        this.clock = clock;
        this.service = service;
        mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("tenantId", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
    }

    public Entry append(String tenantId, String who, String action, String what, String complaintId, String why) {
        var entry = new Entry(
                UUID.randomUUID().toString(), tenantId, clock.instant(), who, action, what, complaintId, why, service);
        mongo.insert(
                new Document("_id", entry.id())
                        .append("tenantId", tenantId)
                        .append("at", Date.from(entry.at()))
                        .append("who", who)
                        .append("action", action)
                        .append("what", what)
                        .append("complaintId", complaintId)
                        .append("why", why)
                        .append("service", service),
                COLLECTION);
        return entry;
    }

    /** The tenant's entries, newest first, at most {@code limit}; of one complaint when it is given. */
    public List<Entry> of(String tenantId, @Nullable String complaintId, int limit) {
        var criteria = where("tenantId").is(tenantId);
        if (complaintId != null) criteria = criteria.and("complaintId").is(complaintId);
        return mongo
                .find(
                        Query.query(criteria)
                                .with(Sort.by(Sort.Direction.DESC, "at"))
                                .limit(limit),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(d -> new Entry(
                        d.getString("_id"),
                        d.getString("tenantId"),
                        d.getDate("at").toInstant(),
                        d.getString("who"),
                        d.getString("action"),
                        d.getString("what"),
                        d.getString("complaintId"),
                        d.getString("why"),
                        d.getString("service")))
                .toList();
    }
}
