package no.klagesak.notification.notice.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.notification.notice.CaseFacts;
import no.klagesak.notification.notice.CaseFactsStore;
import no.klagesak.support.sealing.Sealer;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

@Component
class MongoCaseFacts implements CaseFactsStore {

    static final String COLLECTION = "cases";

    private final MongoTemplate mongo;
    private final Sealer sealer;

    /** The complainant's address and phone are sealed with the tenant's key (docs/security.md, V14). */
    MongoCaseFacts(MongoTemplate mongo, Sealer sealer) {
        this.mongo = mongo;
        this.sealer = sealer;
    }

    @Override
    public void eraseComplainant(String tenantId, String complaintId) {
        mongo.updateFirst(
                byId(tenantId, complaintId),
                new Update().unset("email").unset("phone").set("erased", true),
                COLLECTION);
    }

    @Override
    public Optional<CaseFacts> received(String tenantId, String complaintId, ComplaintReceived r) {
        var address = r.acknowledgeTo();
        var hints = r.routingHints();
        var sealed = sealer.in(tenantId, COLLECTION, complaintId);
        Update update = new Update()
                .setOnInsert("tenantId", tenantId)
                .setOnInsert("reference", r.reference())
                .setOnInsert("track", r.track())
                .setOnInsert("email", address == null ? null : sealed.seal("email", address.email()))
                .setOnInsert("phone", address == null ? null : sealed.seal("phone", address.phone()))
                .setOnInsert("language", address == null ? "nb" : address.language())
                .setOnInsert("concernsPerson", hints == null ? null : hints.concernsPerson())
                .setOnInsert("state", "RECEIVED")
                .setOnInsert("handlingTimeDays", 0)
                .setOnInsert("receivedAt", Date.from(r.receivedAt()))
                .setOnInsert("anonymous", r.anonymous());
        return write(tenantId, complaintId, update, true);
    }

    @Override
    public Optional<CaseFacts> assigned(
            String tenantId,
            String complaintId,
            @Nullable String handler,
            LocalDate deadline,
            int days,
            List<String> concerned) {
        return write(
                tenantId,
                complaintId,
                new Update()
                        .set("handler", handler)
                        .set("deadline", deadline.toString())
                        .set("handlingTimeDays", days)
                        .set("concerned", concerned),
                false);
    }

    @Override
    public Optional<CaseFacts> changed(
            String tenantId, String complaintId, String state, @Nullable String handler, @Nullable LocalDate deadline) {
        Update update = new Update().set("state", state).set("handler", handler);
        if (deadline != null) update.set("deadline", deadline.toString());
        return write(tenantId, complaintId, update, false);
    }

    @Override
    public void concerned(String tenantId, String complaintId, List<String> concerned) {
        mongo.updateFirst(byId(tenantId, complaintId), new Update().set("concerned", concerned), COLLECTION);
    }

    /** One write that returns the document as it is after it: no second round trip to read the facts back. */
    private Optional<CaseFacts> write(String tenantId, String complaintId, Update update, boolean upsert) {
        return Optional.ofNullable(mongo.findAndModify(
                        byId(tenantId, complaintId),
                        update,
                        FindAndModifyOptions.options().upsert(upsert).returnNew(true),
                        Document.class,
                        COLLECTION))
                .map(this::facts);
    }

    @Override
    public Optional<CaseFacts> find(String tenantId, String complaintId) {
        return Optional.ofNullable(mongo.findOne(byId(tenantId, complaintId), Document.class, COLLECTION))
                .map(this::facts);
    }

    @Override
    public List<CaseFacts> receivedBetween(String tenantId, Instant from, Instant to) {
        return mongo
                .find(
                        query(where("tenantId")
                                        .is(tenantId)
                                        .and("receivedAt")
                                        .gte(Date.from(from))
                                        .lt(Date.from(to)))
                                .with(Sort.by("receivedAt")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(this::facts)
                .toList();
    }

    private CaseFacts facts(Document d) {
        String tenantId = d.getString("tenantId");
        var sealed = sealer.in(tenantId, COLLECTION, d.getString("_id"));
        return new CaseFacts(
                tenantId,
                d.getString("_id"),
                d.getString("reference"),
                d.getString("track"),
                sealed.open("email", d.getString("email")),
                d.getString("language"),
                d.getString("concernsPerson"),
                d.getString("state"),
                d.getString("handler"),
                d.getString("deadline") == null ? null : LocalDate.parse(d.getString("deadline")),
                d.getInteger("handlingTimeDays", 0),
                d.getDate("receivedAt") == null ? null : d.getDate("receivedAt").toInstant(),
                d.getBoolean("anonymous", false),
                sealed.open("phone", d.getString("phone")),
                d.getList("concerned", String.class, List.of()));
    }

    private static Query byId(String tenantId, String complaintId) {
        return query(where("_id").is(complaintId).and("tenantId").is(tenantId));
    }
}
