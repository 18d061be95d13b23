package no.klagesak.reporting.statistics.persistence;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.LinkedHashMap;
import java.util.Map;
import no.klagesak.reporting.statistics.ComplaintFact;
import no.klagesak.reporting.statistics.Facts;
import no.klagesak.reporting.statistics.Statistics;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One document per complaint, keyed by complaint id, so a redelivered event cannot count twice. Counts are computed
 * by aggregation when asked; at the yearly volumes of one company that is cheap, and it stays correct when later
 * events reclassify a complaint.
 */
@Component
class MongoFacts implements Facts {

    private static final String COLLECTION = "complaint_facts";

    private final MongoTemplate mongo;

    MongoFacts(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("tenantId", Sort.Direction.ASC).on("year", Sort.Direction.ASC));
    }

    @Override
    public boolean record(ComplaintFact fact) {
        try {
            mongo.insert(
                    new Document("_id", fact.complaintId())
                            .append("tenantId", fact.tenantId())
                            .append("year", fact.year())
                            .append("track", fact.track())
                            .append("category", fact.category())
                            .append("channel", fact.channel())
                            .append("complainantRole", fact.complainantRole())
                            .append("receivedAt", java.util.Date.from(fact.receivedAt())),
                    COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyCounted) {
            return false;
        }
    }

    @Override
    public Statistics countFor(String tenantId, int year) {
        Map<String, Long> byTrack = countBy(tenantId, year, "track");
        return new Statistics(
                tenantId,
                year,
                byTrack.values().stream().mapToLong(Long::longValue).sum(),
                byTrack,
                countBy(tenantId, year, "category"),
                countBy(tenantId, year, "channel"),
                countBy(tenantId, year, "complainantRole"),
                Map.of());
    }

    @Override
    public void assigned(String tenantId, String complaintId, java.time.LocalDate deadline) {
        mongo.updateFirst(byId(tenantId, complaintId), new Update().set("deadline", deadline.toString()), COLLECTION);
    }

    @Override
    public void stepped(
            String tenantId,
            String complaintId,
            String action,
            java.time.Instant at,
            @org.jspecify.annotations.Nullable String outcome,
            java.time.LocalDate deadline) {
        Update update = new Update().set("deadline", deadline.toString());
        switch (action) {
            case "RESOLVE", "DECIDE" ->
                update.set("resolvedAt", java.util.Date.from(at)).set("outcome", outcome);
            case "WITHDRAW" -> update.set("resolvedAt", java.util.Date.from(at)).set("outcome", "WITHDRAWN");
            case "ESCALATE" -> update.set("escalated", true);
            case "EXTEND_DEADLINE" -> update.set("deadlineExtended", true);
            default -> {
                // Other steps change nothing the statistics count.
            }
        }
        mongo.updateFirst(byId(tenantId, complaintId), update, COLLECTION);
    }

    @Override
    public void breached(String tenantId, String complaintId, boolean reasonGiven) {
        Update update = new Update().set("breached", true);
        if (!reasonGiven) update.set("deviation", true);
        mongo.updateFirst(byId(tenantId, complaintId), update, COLLECTION);
    }

    @Override
    public java.util.List<no.klagesak.reporting.statistics.Handled> handledIn(String tenantId, int year) {
        return mongo
                .find(Query.query(where("tenantId").is(tenantId).and("year").is(year)), Document.class, COLLECTION)
                .stream()
                .map(d -> new no.klagesak.reporting.statistics.Handled(
                        d.getDate("receivedAt").toInstant(),
                        d.getString("deadline") == null ? null : java.time.LocalDate.parse(d.getString("deadline")),
                        d.getDate("resolvedAt") == null
                                ? null
                                : d.getDate("resolvedAt").toInstant(),
                        d.getString("outcome"),
                        d.getBoolean("escalated", false),
                        d.getBoolean("breached", false),
                        d.getBoolean("deviation", false)))
                .toList();
    }

    private static Query byId(String tenantId, String complaintId) {
        return Query.query(where("_id").is(complaintId).and("tenantId").is(tenantId));
    }

    @Override
    public no.klagesak.reporting.statistics.PublicCounts publicCounts(String tenantId, int year) {
        var aggregation = newAggregation(
                match(where("tenantId").is(tenantId).and("year").is(year)),
                group("track", "category").count().as("count"));
        Map<String, Long> complaints = new java.util.TreeMap<>();
        long whistleblowing = 0;
        for (Document row : mongo.aggregate(aggregation, COLLECTION, Document.class)) {
            Document id = row.get("_id", Document.class);
            long count = ((Number) row.get("count")).longValue();
            if ("WHISTLEBLOWING".equals(id.getString("track"))) {
                whistleblowing += count;
            } else {
                complaints.merge(id.getString("category"), count, Long::sum);
            }
        }
        return new no.klagesak.reporting.statistics.PublicCounts(year, complaints, whistleblowing);
    }

    @Override
    public java.util.List<String> tenantsIn(int year) {
        // Across tenants on purpose: only the platform operator's anonymised comparison asks this.
        return mongo.findDistinct(Query.query(where("year").is(year)), "tenantId", COLLECTION, String.class);
    }

    private Map<String, Long> countBy(String tenantId, int year, String field) {
        var aggregation = newAggregation(
                match(where("tenantId").is(tenantId).and("year").is(year)),
                group(field).count().as("count"),
                sort(Sort.Direction.ASC, "_id"));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Document row : mongo.aggregate(aggregation, COLLECTION, Document.class)) {
            counts.put(String.valueOf(row.get("_id")), ((Number) row.get("count")).longValue());
        }
        return counts;
    }
}
