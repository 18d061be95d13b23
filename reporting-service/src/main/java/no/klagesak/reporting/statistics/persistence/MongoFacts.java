package no.klagesak.reporting.statistics.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.klagesak.reporting.statistics.ComplaintFact;
import no.klagesak.reporting.statistics.Facts;
import no.klagesak.reporting.statistics.Handled;
import no.klagesak.reporting.statistics.Rollups;
import no.klagesak.reporting.statistics.Span;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One document per complaint, keyed by complaint id, so a redelivered event cannot count twice. Each write is one
 * document; then the rollup of the minute it was received in is marked behind. The dashboards read the rollups, never
 * these.
 */
@Component
class MongoFacts implements Facts {

    private static final String COLLECTION = "complaint_facts";

    private final MongoTemplate mongo;
    private final MongoRollups rollups;

    MongoFacts(MongoTemplate mongo, MongoRollups rollups) {
        this.mongo = mongo;
        this.rollups = rollups;
        mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("tenantId", Sort.Direction.ASC).on("receivedAt", Sort.Direction.ASC));
    }

    @Override
    public boolean record(ComplaintFact fact, Instant changedAt) {
        boolean recorded;
        try {
            mongo.insert(document(fact), COLLECTION);
            recorded = true;
        } catch (DuplicateKeyException alreadyCounted) {
            recorded = false;
        }
        // Also on a redelivery: the first delivery may have stopped before this.
        rollups.changed(fact.tenantId(), Span.minute(fact.receivedAt()), changedAt);
        return recorded;
    }

    @Override
    public void replace(ComplaintFact fact, Instant changedAt) {
        // One write: the whole document in place of the one held, or a new one.
        mongo.save(document(fact), COLLECTION);
        rollups.changed(fact.tenantId(), Span.minute(fact.receivedAt()), changedAt);
    }

    private static Document document(ComplaintFact fact) {
        return new Document("_id", fact.complaintId())
                .append("tenantId", fact.tenantId())
                .append("year", fact.year())
                .append("track", fact.track())
                .append("category", fact.category())
                .append("channel", fact.channel())
                .append("complainantRole", fact.complainantRole())
                .append("unit", fact.unit())
                .append("acknowledgedOnReceipt", fact.acknowledgedOnReceipt())
                .append("receivedAt", Date.from(fact.receivedAt()));
    }

    @Override
    public void assigned(String tenantId, String complaintId, LocalDate deadline, Instant at, Instant changedAt) {
        change(
                tenantId,
                complaintId,
                new Update().set("deadline", deadline.toString()).min("assignedAt", Date.from(at)),
                changedAt);
    }

    @Override
    public void stepped(
            String tenantId,
            String complaintId,
            String action,
            Instant at,
            @Nullable String outcome,
            LocalDate deadline,
            Instant changedAt) {
        Update update = new Update().set("deadline", deadline.toString());
        switch (action) {
            case "RESOLVE", "DECIDE" -> update.set("resolvedAt", Date.from(at)).set("outcome", outcome);
            case "WITHDRAW" -> update.set("resolvedAt", Date.from(at)).set("outcome", "WITHDRAWN");
            case "ESCALATE" -> update.set("escalated", true);
            case "EXTEND_DEADLINE" -> update.set("deadlineExtended", true);
            case "ACKNOWLEDGE" -> update.min("acknowledgedAt", Date.from(at));
            case "CLOSE" -> update.set("closedAt", Date.from(at));
            default -> {
                // Other steps change nothing the statistics count.
            }
        }
        change(tenantId, complaintId, update, changedAt);
    }

    @Override
    public void breached(String tenantId, String complaintId, boolean reasonGiven, Instant changedAt) {
        Update update = new Update().set("breached", true);
        if (!reasonGiven) update.set("deviation", true);
        change(tenantId, complaintId, update, changedAt);
    }

    /** One write to the fact; its received time, returned by the same write, names the minute to roll up again. */
    private void change(String tenantId, String complaintId, Update update, Instant changedAt) {
        Document fact = mongo.findAndModify(
                Query.query(where("_id").is(complaintId).and("tenantId").is(tenantId)),
                update,
                FindAndModifyOptions.options().returnNew(true),
                Document.class,
                COLLECTION);
        if (fact != null)
            rollups.changed(tenantId, Span.minute(fact.getDate("receivedAt").toInstant()), changedAt);
    }

    @Override
    public List<Handled> handledIn(String tenantId, Instant from, Instant to) {
        return mongo
                .find(
                        Query.query(where("tenantId")
                                .is(tenantId)
                                .and("receivedAt")
                                .gte(Date.from(from))
                                .lt(Date.from(to))),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(d -> new Handled(
                        d.getDate("receivedAt").toInstant(),
                        d.getString("deadline") == null ? null : LocalDate.parse(d.getString("deadline")),
                        d.getDate("resolvedAt") == null
                                ? null
                                : d.getDate("resolvedAt").toInstant(),
                        d.getString("outcome"),
                        d.getBoolean("escalated", false),
                        d.getBoolean("breached", false),
                        d.getBoolean("deviation", false),
                        d.getString("track"),
                        d.getString("category"),
                        d.getString("channel"),
                        d.getString("complainantRole"),
                        d.getString("unit")))
                .toList();
    }

    @Override
    public Stream<Held> held() {
        Query all = new Query();
        all.fields().include("receivedAt");
        return mongo.stream(all, Document.class, COLLECTION)
                .map(d -> new Held(d.getString("_id"), d.getDate("receivedAt").toInstant()));
    }

    @Override
    public Set<Rollups.Behind> minutes() {
        Query all = new Query();
        all.fields().include("tenantId", "receivedAt");
        try (var facts = mongo.stream(all, Document.class, COLLECTION)) {
            return facts.map(d -> new Rollups.Behind(
                            d.getString("tenantId"),
                            Span.minute(d.getDate("receivedAt").toInstant())))
                    .collect(Collectors.toSet());
        }
    }

    /** Forgets every fact: for tests only, which start from an empty store (ADR 0019: reporting never forgets). */
    void clear() {
        mongo.remove(new Query(), COLLECTION);
    }
}
