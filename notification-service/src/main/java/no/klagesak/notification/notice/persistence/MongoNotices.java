package no.klagesak.notification.notice.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.klagesak.notification.notice.Notice;
import no.klagesak.notification.notice.NoticeKind;
import no.klagesak.notification.notice.Notices;
import no.klagesak.support.sealing.Sealer;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

@Component
class MongoNotices implements Notices {

    static final String COLLECTION = "notices";

    /**
     * Present while a notice is still to be sent (PENDING or SENDING), removed when it ends: the sending round looks
     * only among these, through a sparse index that holds nothing else, however many notices were ever sent.
     */
    static final String OUTSTANDING = "outstanding";

    private final MongoTemplate mongo;
    private final Sealer sealer;

    /**
     * A notice's address, phone and every text among its values (the response, a reason, names) are sealed with the
     * tenant's key (docs/security.md, V14); kind, recipient role, state and dates stay readable for the rounds.
     */
    MongoNotices(MongoTemplate mongo, Sealer sealer) {
        this.mongo = mongo;
        this.sealer = sealer;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("tenantId", Sort.Direction.ASC).on("complaintId", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("tenantId", Sort.Direction.ASC).on("state", Sort.Direction.ASC));
        indexes.createIndex(new Index().on(OUTSTANDING, Sort.Direction.ASC).sparse());
        // Notices stored before the field existed.
        mongo.updateMulti(
                query(where("state").in("PENDING", "SENDING").and(OUTSTANDING).exists(false)),
                new Update().set(OUTSTANDING, true),
                COLLECTION);
    }

    private Document values(Sealer.Fields f, Map<String, Object> values, boolean sealing) {
        Document result = new Document();
        values.forEach((key, value) -> result.append(
                key,
                value instanceof String text
                        ? (sealing ? f.seal("values." + key, text) : f.open("values." + key, text))
                        : value));
        return result;
    }

    @Override
    public void eraseComplainant(String tenantId, String complaintId) {
        var theirs = query(where("tenantId")
                .is(tenantId)
                .and("complaintId")
                .is(complaintId)
                .and("recipient")
                .is("complainant"));
        mongo.updateMulti(theirs, new Update().unset("email").unset("phone").set("values", new Document()), COLLECTION);
        mongo.updateMulti(
                query(where("tenantId")
                        .is(tenantId)
                        .and("complaintId")
                        .is(complaintId)
                        .and("recipient")
                        .is("complainant")
                        .and("state")
                        .in("PENDING", "LETTER")),
                new Update().set("state", "ERASED").unset(OUTSTANDING),
                COLLECTION);
    }

    @Override
    public boolean add(Notice n) {
        var sealed = sealer.in(n.tenantId(), COLLECTION, n.id());
        Document document = new Document("_id", n.id())
                .append("tenantId", n.tenantId())
                .append("complaintId", n.complaintId())
                .append("reference", n.reference())
                .append("kind", n.kind().name())
                .append("recipient", n.recipient())
                .append("email", sealed.seal("email", n.email()))
                .append("phone", sealed.seal("phone", n.phone()))
                .append("channel", n.channel())
                .append("language", n.language())
                .append("values", values(sealed, n.values(), true))
                .append("createdAt", Date.from(n.createdAt()))
                .append("state", n.letter() ? "LETTER" : "PENDING")
                .append("attempts", 0)
                .append("nextAttemptAt", Date.from(n.createdAt()));
        if (!n.letter()) {
            document.append(OUTSTANDING, true);
        }
        try {
            mongo.insert(document, COLLECTION);
            return true;
        } catch (DuplicateKeyException known) {
            return false;
        }
    }

    @Override
    public Optional<Claimed> claimNext(Instant now, Instant staleBefore) {
        // Across tenants on purpose: the service sending what it owes, not a user's query.
        Query due = query(where(OUTSTANDING)
                        .exists(true)
                        .orOperator(
                                where("state")
                                        .is("PENDING")
                                        .and("nextAttemptAt")
                                        .lte(Date.from(now)),
                                where("state").is("SENDING").and("claimedAt").lt(Date.from(staleBefore))))
                .with(Sort.by("createdAt"));
        return claimFirst(due, now);
    }

    @Override
    public Optional<Claimed> claim(String id, Instant now) {
        return claimFirst(
                query(where("_id")
                        .is(id)
                        .and("state")
                        .is("PENDING")
                        .and("nextAttemptAt")
                        .lte(Date.from(now))),
                now);
    }

    /** The first notice the query finds, marked SENDING by this claimer with one more attempt, in one write. */
    private Optional<Claimed> claimFirst(Query query, Instant now) {
        Document claimed = mongo.findAndModify(
                query,
                new Update()
                        .set("state", "SENDING")
                        .set("claimedAt", Date.from(now))
                        .inc("attempts", 1),
                FindAndModifyOptions.options().returnNew(true),
                Document.class,
                COLLECTION);
        return Optional.ofNullable(claimed).map(d -> new Claimed(notice(d), d.getInteger("attempts")));
    }

    @Override
    public void sent(String id, Instant at) {
        mongo.updateFirst(
                query(where("_id").is(id)),
                // A survey link leads to an invitation kept apart from the case: once sent, the notice forgets it.
                new Update()
                        .set("state", "SENT")
                        .unset(OUTSTANDING)
                        .set("sentAt", Date.from(at))
                        .unset("error")
                        .unset("values.surveyUrl"),
                COLLECTION);
    }

    @Override
    public void retryAt(String id, Instant next, String error) {
        mongo.updateFirst(
                query(where("_id").is(id).and("state").is("SENDING")),
                new Update()
                        .set("state", "PENDING")
                        .set("nextAttemptAt", Date.from(next))
                        .set("error", error),
                COLLECTION);
    }

    @Override
    public void failed(String id, String error) {
        mongo.updateFirst(
                query(where("_id").is(id)),
                new Update().set("state", "FAILED").set("error", error).unset(OUTSTANDING),
                COLLECTION);
    }

    @Override
    public void cancelled(String id, String why) {
        mongo.updateFirst(
                query(where("_id").is(id)),
                new Update().set("state", "CANCELLED").set("error", why).unset(OUTSTANDING),
                COLLECTION);
    }

    @Override
    public List<Delivery> ofComplaint(String tenantId, String complaintId) {
        return deliveries(
                query(where("tenantId").is(tenantId).and("complaintId").is(complaintId)));
    }

    @Override
    public List<Notice> toComplainant(String tenantId, String complaintId) {
        return mongo
                .find(
                        query(where("tenantId")
                                        .is(tenantId)
                                        .and("complaintId")
                                        .is(complaintId)
                                        .and("recipient")
                                        .is(Notice.COMPLAINANT))
                                .with(Sort.by("createdAt")),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(this::notice)
                .toList();
    }

    @Override
    public Optional<Notice> find(String tenantId, String id) {
        return Optional.ofNullable(mongo.findOne(
                        query(where("_id").is(id).and("tenantId").is(tenantId)), Document.class, COLLECTION))
                .map(this::notice);
    }

    @Override
    public List<Delivery> failed(String tenantId) {
        return deliveries(query(where("tenantId").is(tenantId).and("state").is("FAILED")));
    }

    private List<Delivery> deliveries(Query query) {
        return mongo.find(query.with(Sort.by("createdAt")), Document.class, COLLECTION).stream()
                .map(d -> new Delivery(
                        d.getString("_id"),
                        d.getString("complaintId"),
                        d.getString("reference"),
                        NoticeKind.valueOf(d.getString("kind")),
                        d.getString("recipient"),
                        d.getString("state"),
                        d.getInteger("attempts", 0),
                        d.getDate("createdAt").toInstant(),
                        d.getDate("sentAt") == null ? null : d.getDate("sentAt").toInstant(),
                        d.getString("error"),
                        channel(d)))
                .toList();
    }

    /** As stored; for a notice stored before the channel was, from whether it had an address or a number. */
    private static String channel(Document d) {
        if (d.getString("channel") != null) return d.getString("channel");
        if (d.get("email") != null) return "EMAIL";
        return d.get("phone") != null ? "SMS" : "LETTER";
    }

    private Notice notice(Document d) {
        String tenantId = d.getString("tenantId");
        var sealed = sealer.in(tenantId, COLLECTION, d.getString("_id"));
        Map<String, Object> values = new HashMap<>(values(sealed, d.get("values", Document.class), false));
        return new Notice(
                d.getString("_id"),
                tenantId,
                d.getString("complaintId"),
                d.getString("reference"),
                NoticeKind.valueOf(d.getString("kind")),
                d.getString("recipient"),
                sealed.open("email", d.getString("email")),
                sealed.open("phone", d.getString("phone")),
                d.getString("language"),
                values,
                d.getDate("createdAt").toInstant());
    }
}
