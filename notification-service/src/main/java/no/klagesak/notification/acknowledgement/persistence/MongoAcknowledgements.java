package no.klagesak.notification.acknowledgement.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import no.klagesak.notification.acknowledgement.Acknowledgements;
import no.klagesak.notification.acknowledgement.Recipient;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

@Component
class MongoAcknowledgements implements Acknowledgements {

    private static final String COLLECTION = "acknowledgements";

    private final MongoTemplate mongo;

    MongoAcknowledgements(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void remember(Recipient r) {
        mongo.upsert(
                byId(r.tenantId(), r.complaintId()),
                new Update()
                        .setOnInsert("reference", r.reference())
                        .setOnInsert("track", r.track())
                        .setOnInsert("email", r.email())
                        .setOnInsert("language", r.language())
                        .setOnInsert("state", "PENDING"),
                COLLECTION);
    }

    @Override
    public Optional<Recipient> claim(String tenantId, String complaintId, LocalDate due, int handlingTimeDays) {
        Document claimed = mongo.findAndModify(
                byId(tenantId, complaintId).addCriteria(where("state").is("PENDING")),
                new Update()
                        .set("state", "SENDING")
                        .set("due", due.toString())
                        .set("handlingTimeDays", handlingTimeDays)
                        .set("claimedAt", new Date()),
                FindAndModifyOptions.options().returnNew(true),
                Document.class,
                COLLECTION);
        return Optional.ofNullable(claimed).map(MongoAcknowledgements::recipient);
    }

    @Override
    public Optional<Unsent> claimUnsent(Instant staleBefore) {
        // Across tenants on purpose: this is the service's own retry of what it owes, not a user's query.
        Query owed = query(new Criteria()
                .orOperator(
                        where("state").is("PENDING").and("due").exists(true),
                        where("state").is("SENDING").and("claimedAt").lt(Date.from(staleBefore))));
        Document claimed = mongo.findAndModify(
                owed,
                new Update().set("state", "SENDING").set("claimedAt", new Date()),
                FindAndModifyOptions.options().returnNew(true),
                Document.class,
                COLLECTION);
        return Optional.ofNullable(claimed)
                .map(d -> new Unsent(
                        recipient(d), LocalDate.parse(d.getString("due")), d.getInteger("handlingTimeDays")));
    }

    private static Recipient recipient(Document d) {
        return new Recipient(
                d.getString("tenantId"),
                d.getString("_id"),
                d.getString("reference"),
                d.getString("track"),
                d.getString("email"),
                d.getString("language"));
    }

    @Override
    public void markSent(String tenantId, String complaintId, Instant sentAt) {
        mongo.updateFirst(
                byId(tenantId, complaintId),
                new Update().set("state", "SENT").set("sentAt", Date.from(sentAt)),
                COLLECTION);
    }

    @Override
    public void release(String tenantId, String complaintId) {
        mongo.updateFirst(
                byId(tenantId, complaintId).addCriteria(where("state").is("SENDING")),
                new Update().set("state", "PENDING"),
                COLLECTION);
    }

    @Override
    public Optional<AcknowledgementStatus> status(String tenantId, String complaintId) {
        return Optional.ofNullable(mongo.findOne(byId(tenantId, complaintId), Document.class, COLLECTION))
                .map(d -> new AcknowledgementStatus(
                        complaintId,
                        d.getString("reference"),
                        d.getString("state"),
                        d.getString("due") == null ? null : LocalDate.parse(d.getString("due")),
                        d.getDate("sentAt") == null ? null : d.getDate("sentAt").toInstant()));
    }

    private static Query byId(String tenantId, String complaintId) {
        return query(where("_id").is(complaintId).and("tenantId").is(tenantId));
    }
}
