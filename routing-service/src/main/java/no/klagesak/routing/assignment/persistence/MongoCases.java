package no.klagesak.routing.assignment.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.klagesak.contracts.CaseState;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.routing.assignment.CaseAction;
import no.klagesak.routing.assignment.CaseFile;
import no.klagesak.routing.assignment.CaseSummary;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.ComplaintCase;
import no.klagesak.routing.assignment.ConcernedNotice;
import no.klagesak.routing.assignment.TimelineEntry;
import no.klagesak.support.outbox.OutboxEntry;
import no.klagesak.support.sealing.Sealer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

@Component
class MongoCases implements Cases {

    private final MongoTemplate mongo;
    private final Sealer sealer;

    MongoCases(MongoTemplate mongo, Sealer sealer) {
        this.mongo = mongo;
        this.sealer = sealer;
        // Created here: this service does not create indexes from annotations (Spring's auto-index-creation is off).
        // A tenant's case list by deadline; the deadline and retention watches' open and ended cases across tenants.
        var indexes = mongo.indexOps(CaseDocument.class);
        indexes.createIndex(
                new Index().on("tenantId", Sort.Direction.ASC).on("assignment.deadline", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("state", Sort.Direction.ASC));
    }

    /**
     * The notes of a step (what was done, the response, a reason, improvements) sealed with the tenant's key, as
     * intake seals the complaint (docs/security.md, V14); who did what and when stays readable.
     */
    private TimelineEntry sealed(String tenantId, String complaintId, TimelineEntry e) {
        var f = sealer.in(tenantId, COLLECTION, complaintId);
        return withNotes(
                e,
                f.seal("timeline.text", e.text()),
                f.seal("timeline.reason", e.reason()),
                f.seal("timeline.improvements", e.improvements()));
    }

    private TimelineEntry opened(Sealer.Fields f, TimelineEntry e) {
        return withNotes(
                e,
                f.open("timeline.text", e.text()),
                f.open("timeline.reason", e.reason()),
                f.open("timeline.improvements", e.improvements()));
    }

    /** Where cases are stored; each sealed note is bound to its case's document there. */
    static final String COLLECTION = "cases";

    private static TimelineEntry withNotes(
            TimelineEntry e, @Nullable String text, @Nullable String reason, @Nullable String improvements) {
        return new TimelineEntry(
                e.at(),
                e.by(),
                e.action(),
                e.from(),
                e.to(),
                text,
                reason,
                e.handler(),
                e.deadline(),
                e.outcome(),
                improvements);
    }

    @Override
    public boolean addIfAbsent(ComplaintCase c, List<EventEnvelope> events) {
        try {
            mongo.insert(new CaseDocument(
                    c.complaintId(),
                    c.tenantId(),
                    c,
                    initialState(c),
                    0,
                    null,
                    List.of(),
                    events.stream().map(OutboxEntry::of).toList(),
                    null,
                    null,
                    null));
            return true;
        } catch (DuplicateKeyException alreadyAssigned) {
            return false;
        }
    }

    private static CaseState initialState(ComplaintCase c) {
        return c.handler() == null ? CaseState.TRIAGE : CaseState.ASSIGNED;
    }

    @Override
    public Optional<CaseFile> file(String tenantId, String complaintId) {
        return document(tenantId, complaintId).map(MongoCases::file);
    }

    /** The case's workflow file; a document from before the workflow reads as ASSIGNED, or TRIAGE without a handler. */
    static CaseFile file(CaseDocument d) {
        return new CaseFile(
                d.assignment(),
                d.state() == null ? initialState(d.assignment()) : d.state(),
                d.version(),
                d.pausedOn());
    }

    @Override
    public void eraseNotes(String tenantId, String complaintId, Instant erasedAt) {
        for (int attempt = 0; attempt < 5; attempt++) {
            CaseDocument d = mongo.findOne(
                    query(where("_id").is(complaintId).and("tenantId").is(tenantId)), CaseDocument.class);
            if (d == null) return;
            var timeline = d.timeline() == null ? List.<TimelineEntry>of() : d.timeline();
            var erased = timeline.stream()
                    .map(e -> withNotes(
                            e,
                            e.text() == null ? null : ERASED,
                            e.reason() == null ? null : ERASED,
                            e.improvements() == null ? null : ERASED))
                    .toList();
            // One write, on the version read: a step taken meanwhile makes it read and try again.
            boolean written = mongo.updateFirst(
                                    query(where("_id")
                                            .is(complaintId)
                                            .and("tenantId")
                                            .is(tenantId)
                                            .and("version")
                                            .is(d.version())),
                                    new Update()
                                            .set("timeline", erased)
                                            .set("erasedAt", d.erasedAt() == null ? erasedAt : d.erasedAt()),
                                    CaseDocument.class)
                            .getMatchedCount()
                    == 1;
            if (written) return;
        }
        throw new IllegalStateException(
                "The case " + complaintId + " kept changing; its notes are erased on redelivery");
    }

    /** What erased notes read as. */
    static final String ERASED = "[slettet]";

    /** The case with whether a later deadline was set with a reason, which decides if a breach is a deviation. */
    private static CaseSummary summary(CaseDocument d) {
        return new CaseSummary(
                file(d),
                d.timeline() != null && d.timeline().stream().anyMatch(e -> e.action() == CaseAction.EXTEND_DEADLINE),
                d.timeline() == null
                        ? 0
                        : (int) d.timeline().stream()
                                .filter(e -> e.action() == CaseAction.CHECK_IN)
                                .count(),
                d.timeline() != null && d.timeline().stream().anyMatch(e -> e.action() == CaseAction.ACKNOWLEDGE),
                ConcernedNotice.of(d.timeline()).handled(),
                d.timeline() != null
                        && d.timeline().stream().anyMatch(e -> e.action() == CaseAction.DISCUSSED_WITH_SUPERIOR),
                d.timeline() == null
                        ? null
                        : d.timeline().stream()
                                .map(TimelineEntry::outcome)
                                .filter(Objects::nonNull)
                                .reduce((first, second) -> second)
                                .orElse(null),
                ConcernedNotice.of(d.timeline()).exceptionReviewOn());
    }

    @Override
    public List<CaseSummary> summaries(String tenantId) {
        return mongo
                .find(query(where("tenantId").is(tenantId)).with(Sort.by("assignment.deadline")), CaseDocument.class)
                .stream()
                .map(MongoCases::summary)
                .toList();
    }

    @Override
    public List<CaseSummary> watched() {
        // Open cases, waiting ones too: the watch reminds a handler whose case waits too long for the complainant.
        var open =
                List.of(CaseState.TRIAGE, CaseState.ASSIGNED, CaseState.IN_PROGRESS, CaseState.WAITING_FOR_COMPLAINANT);
        return mongo.find(query(where("state").in(open)), CaseDocument.class).stream()
                .map(MongoCases::summary)
                .toList();
    }

    @Override
    public List<ComplaintCase> retaliationReports(String tenantId, String complaintId) {
        return mongo
                .find(
                        query(where("tenantId")
                                        .is(tenantId)
                                        .and("assignment.retaliationFor")
                                        .is(complaintId))
                                .with(Sort.by("assignment.receivedAt")),
                        CaseDocument.class)
                .stream()
                .map(CaseDocument::assignment)
                .toList();
    }

    @Override
    public List<CaseSummary> withCheckIns() {
        return mongo.find(query(where("assignment.track").is("WHISTLEBLOWING")), CaseDocument.class).stream()
                .filter(d -> !d.assignment().checkIns().isEmpty())
                .map(MongoCases::summary)
                .toList();
    }

    @Override
    public List<CaseSummary> withNoticeExceptions() {
        return mongo
                .find(
                        query(where("timeline.action").is(CaseAction.CONCERNED_NOTICE_EXCEPTION.name())),
                        CaseDocument.class)
                .stream()
                .map(MongoCases::summary)
                .toList();
    }

    @Override
    public boolean promiseOnce(String tenantId, String complaintId, String key, EventEnvelope event) {
        // The condition and the change are one write: of two instances racing, one matches and the other finds the key.
        return mongo.updateFirst(
                                query(where("_id")
                                        .is(complaintId)
                                        .and("tenantId")
                                        .is(tenantId)
                                        .and("watched")
                                        .ne(key)),
                                new Update().push("watched", key).push(OutboxEntry.FIELD, OutboxEntry.of(event)),
                                CaseDocument.class)
                        .getMatchedCount()
                == 1;
    }

    @Override
    public List<TimelineEntry> timeline(String tenantId, String complaintId) {
        return document(tenantId, complaintId)
                .map(d -> d.timeline() == null
                        ? List.<TimelineEntry>of()
                        : d.timeline().stream()
                                .map(e -> opened(sealer.in(tenantId, COLLECTION, complaintId), e))
                                .toList())
                .orElse(List.of());
    }

    @Override
    public boolean update(
            String tenantId,
            String complaintId,
            long expectedVersion,
            CaseFile next,
            TimelineEntry entry,
            List<EventEnvelope> events) {
        Update update = new Update()
                .set("assignment", next.complaintCase())
                .set("state", next.state())
                .set("version", next.version())
                .set("pausedOn", next.pausedOn())
                .push("timeline", sealed(tenantId, complaintId, entry));
        events.forEach(e -> update.push(OutboxEntry.FIELD, OutboxEntry.of(e)));
        // The version in the condition makes the change and the check one write: the first of two changes wins.
        return mongo.updateFirst(
                                query(where("_id")
                                        .is(complaintId)
                                        .and("tenantId")
                                        .is(tenantId)
                                        .and("version")
                                        .is(expectedVersion)),
                                update,
                                CaseDocument.class)
                        .getMatchedCount()
                == 1;
    }

    private Optional<CaseDocument> document(String tenantId, String complaintId) {
        return Optional.ofNullable(
                mongo.findOne(query(where("_id").is(complaintId).and("tenantId").is(tenantId)), CaseDocument.class));
    }

    @Override
    public Optional<ComplaintCase> findBy(String tenantId, String complaintId) {
        return Optional.ofNullable(mongo.findOne(
                        query(where("_id").is(complaintId).and("tenantId").is(tenantId)), CaseDocument.class))
                .map(CaseDocument::assignment);
    }

    @Override
    public List<ComplaintCase> findAll(String tenantId) {
        return mongo
                .find(query(where("tenantId").is(tenantId)).with(Sort.by("assignment.deadline")), CaseDocument.class)
                .stream()
                .map(CaseDocument::assignment)
                .toList();
    }
}
