package no.klagesak.intake.complaint.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import no.klagesak.contracts.CaseState;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.intake.complaint.application.port.Complaints;
import no.klagesak.intake.complaint.model.CaseRecord;
import no.klagesak.intake.complaint.model.CaseStanding;
import no.klagesak.intake.complaint.model.ComplainantState;
import no.klagesak.intake.complaint.model.Complaint;
import no.klagesak.intake.complaint.model.ComplaintId;
import no.klagesak.intake.complaint.model.FollowUp;
import no.klagesak.intake.complaint.model.Message;
import no.klagesak.support.outbox.OutboxEntry;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

@Component
class MongoComplaints implements Complaints {

    private final MongoTemplate mongo;
    private final Sealing sealing;

    MongoComplaints(MongoTemplate mongo, Sealing sealing) {
        this.mongo = mongo;
        this.sealing = sealing;
    }

    @Override
    public Complaint addUnlessSubmitted(Complaint complaint, List<EventEnvelope> events) {
        try {
            // One insert: the complaint and its outbox are stored together or not at all.
            mongo.insert(new ComplaintDocument(
                    complaint.id().value(),
                    complaint.tenantId(),
                    complaint.reference(),
                    complaint.submissionKey(),
                    sealing.seal(complaint),
                    ComplainantState.RECEIVED,
                    List.of(),
                    events.stream().map(OutboxEntry::of).toList(),
                    null,
                    null));
            return complaint;
        } catch (DuplicateKeyException duplicate) {
            ComplaintDocument earlier = mongo.findOne(
                    query(where("tenantId")
                            .is(complaint.tenantId())
                            .and("submissionKey")
                            .is(complaint.submissionKey())),
                    ComplaintDocument.class);
            if (earlier == null) throw duplicate;
            return sealing.open(earlier.complaint());
        }
    }

    @Override
    public List<FollowUp> ownedBy(String tenantId, String owner) {
        return mongo
                .find(
                        query(where("tenantId")
                                        .is(tenantId)
                                        .and("complaint.owner")
                                        .in(sealing.owners(tenantId, owner)))
                                .with(Sort.by(Sort.Direction.DESC, "complaint.receivedAt")),
                        ComplaintDocument.class)
                .stream()
                .map(this::followUp)
                .toList();
    }

    @Override
    public Optional<FollowUp> findByReceiptCode(String tenantId, String receiptCodeHash) {
        return Optional.ofNullable(mongo.findOne(
                        query(where("tenantId")
                                .is(tenantId)
                                .and("complaint.receiptCodeHash")
                                .is(receiptCodeHash)),
                        ComplaintDocument.class))
                .map(this::followUp);
    }

    @Override
    public Optional<FollowUp> followUp(String tenantId, ComplaintId id) {
        return Optional.ofNullable(mongo.findOne(
                        query(where("_id").is(id.value()).and("tenantId").is(tenantId)), ComplaintDocument.class))
                .map(this::followUp);
    }

    @Override
    public boolean append(
            String tenantId, ComplaintId id, Message message, @Nullable ComplainantState state, EventEnvelope event) {
        Update update = new Update()
                .push("conversation", sealing.seal(tenantId, id.value(), message))
                .push(OutboxEntry.FIELD, OutboxEntry.of(event));
        if (state != null) update.set("state", state);
        // The condition and the change are one write: a complaint withdrawn a moment ago takes nothing more.
        return mongo.updateFirst(
                                query(where("_id")
                                        .is(id.value())
                                        .and("tenantId")
                                        .is(tenantId)
                                        .and("state")
                                        .ne(ComplainantState.WITHDRAWN)),
                                update,
                                ComplaintDocument.class)
                        .getMatchedCount()
                == 1;
    }

    @Override
    public boolean promise(String tenantId, ComplaintId id, EventEnvelope event) {
        // The condition and the change are one write: a complaint erased a moment ago promises nothing more.
        return mongo.updateFirst(
                                query(where("_id")
                                        .is(id.value())
                                        .and("tenantId")
                                        .is(tenantId)
                                        .and("erasedAt")
                                        .exists(false)),
                                new Update().push(OutboxEntry.FIELD, OutboxEntry.of(event)),
                                ComplaintDocument.class)
                        .getMatchedCount()
                == 1;
    }

    @Override
    public Map<String, String> references(String tenantId, Collection<String> ids, @Nullable String reference) {
        var wanted = new ArrayList<Criteria>();
        if (!ids.isEmpty()) wanted.add(where("_id").in(ids));
        if (reference != null) wanted.add(where("reference").is(reference));
        if (wanted.isEmpty()) return Map.of();
        var q = query(new Criteria().andOperator(where("tenantId").is(tenantId), new Criteria().orOperator(wanted)));
        q.fields().include("reference");
        var found = new LinkedHashMap<String, String>();
        for (var d : mongo.find(q, Document.class, "complaints")) {
            found.put(d.getString("_id"), d.getString("reference"));
        }
        return found;
    }

    @Override
    public void recordStanding(String tenantId, ComplaintId id, CaseStanding standing, @Nullable Message message) {
        var current = where("_id").is(id.value()).and("tenantId").is(tenantId);
        // Only a later step replaces the copy: a redelivered or overtaken older event leaves the newer state as it is.
        Criteria later = standing.version() == null
                ? where("standing.version").exists(false).and("standing.at").lte(standing.at())
                : new Criteria()
                        .orOperator(
                                where("standing.version").exists(false),
                                where("standing.version").lt(standing.version()));
        mongo.updateFirst(
                query(new Criteria()
                        .andOperator(
                                where("_id").is(id.value()).and("tenantId").is(tenantId),
                                new Criteria().orOperator(where("standing").is(null), later))),
                new Update().set("standing", standing),
                ComplaintDocument.class);
        if (message != null) {
            mongo.updateFirst(
                    query(current.and("erasedAt")
                            .exists(false)
                            .and("conversation.id")
                            .ne(message.id())),
                    new Update().push("conversation", sealing.seal(tenantId, id.value(), message)),
                    ComplaintDocument.class);
        }
    }

    @Override
    public void eachEnded(String tenantId, Instant from, Instant to, Consumer<CaseRecord> each) {
        var ended = endedIn(tenantId, from, to).with(Sort.by("standing.at", "_id"));
        try (var documents = mongo.stream(ended, ComplaintDocument.class)) {
            documents.forEach(d -> each.accept(caseRecord(d)));
        }
    }

    @Override
    public long countErasedSince(String tenantId, Collection<String> ids, Instant since) {
        return mongo.count(
                query(where("tenantId")
                        .is(tenantId)
                        .and("_id")
                        .in(ids)
                        .and("erasedAt")
                        .gte(since)),
                ComplaintDocument.class);
    }

    @Override
    public long countEnded(String tenantId, Instant from, Instant to) {
        return mongo.count(endedIn(tenantId, from, to), ComplaintDocument.class);
    }

    private static Query endedIn(String tenantId, Instant from, Instant to) {
        return query(where("tenantId")
                .is(tenantId)
                .and("standing.state")
                .in(ENDED)
                .and("standing.at")
                .gte(from)
                .lt(to));
    }

    @Override
    public Optional<CaseRecord> record(String tenantId, ComplaintId id) {
        return Optional.ofNullable(mongo.findOne(
                        query(where("_id").is(id.value()).and("tenantId").is(tenantId)), ComplaintDocument.class))
                .map(this::caseRecord);
    }

    private CaseRecord caseRecord(ComplaintDocument d) {
        return new CaseRecord(
                sealing.open(d.complaint()),
                d.conversation() == null ? List.of() : sealing.open(d.tenantId(), d.id(), d.conversation()),
                d.state() == null ? ComplainantState.RECEIVED : d.state(),
                d.standing(),
                d.erasedAt());
    }

    @Override
    public long countOpen(String tenantId, Instant to) {
        var open = new Criteria()
                .orOperator(
                        where("standing").is(null),
                        where("standing.state").nin(ENDED),
                        where("standing.at").gte(to));
        return mongo.count(
                query(where("tenantId")
                        .is(tenantId)
                        .and("complaint.receivedAt")
                        .lt(to)
                        .andOperator(open)),
                ComplaintDocument.class);
    }

    /** The states a case ends in. */
    private static final List<String> ENDED = java.util.Arrays.stream(CaseState.values())
            .filter(CaseState::ended)
            .map(CaseState::name)
            .toList();

    /** What erased content reads as. */
    static final String ERASED = "[slettet]";

    @Override
    public boolean erase(String tenantId, ComplaintId id, EventEnvelope event, Instant at) {
        Update update = new Update()
                .set("complaint.subject", ERASED)
                .set("complaint.description", ERASED)
                .unset("complaint.desiredChange")
                .unset("complaint.complainant")
                .set("complaint.attachments", List.of())
                .set("erasedAt", Date.from(at))
                .push(OutboxEntry.FIELD, OutboxEntry.of(event));
        // The conversation keeps its steps (what was sent and received, and when: the case's journal) with every
        // text erased, in the same write; a document from before the conversation existed gets an empty one.
        var stored = query(where("_id").is(id.value()).and("tenantId").is(tenantId));
        stored.fields().include("conversation");
        Document kept = mongo.findOne(stored, Document.class, "complaints");
        if (kept != null && kept.get("conversation") instanceof List<?>) {
            update.set("conversation.$[].text", ERASED);
        } else {
            update.set("conversation", List.of());
        }
        boolean erased = mongo.updateFirst(
                                query(where("_id")
                                        .is(id.value())
                                        .and("tenantId")
                                        .is(tenantId)
                                        .and("erasedAt")
                                        .exists(false)),
                                update,
                                ComplaintDocument.class)
                        .getMatchedCount()
                == 1;
        // The files (also after a crash between the two writes: the complaint no longer lists them).
        mongo.remove(
                query(where("tenantId").is(tenantId).and("complaintId").is(id.value())), MongoAttachments.COLLECTION);
        return erased;
    }

    /** What the complainant follows up: the conversation opened; nothing it shows of the complaint is sealed. */
    private FollowUp followUp(ComplaintDocument document) {
        return new CaseRecord(
                        document.complaint(),
                        document.conversation() == null
                                ? List.of()
                                : sealing.open(document.tenantId(), document.id(), document.conversation()),
                        document.state() == null ? ComplainantState.RECEIVED : document.state(),
                        document.standing(),
                        document.erasedAt())
                .followUp();
    }

    @Override
    public Optional<Complaint> findBy(String tenantId, ComplaintId id) {
        return Optional.ofNullable(mongo.findOne(
                        query(where("_id").is(id.value()).and("tenantId").is(tenantId)), ComplaintDocument.class))
                .map(ComplaintDocument::complaint)
                .map(sealing::open);
    }
}
