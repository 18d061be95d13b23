package no.klagesak.routing.assignment.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import no.klagesak.contracts.CaseState;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.routing.assignment.CaseAction;
import no.klagesak.routing.assignment.CaseFile;
import no.klagesak.routing.assignment.CasePage;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
        // A case by the reference someone wrote (a reported deviation names one).
        indexes.createIndex(
                new Index().on("tenantId", Sort.Direction.ASC).on("assignment.reference", Sort.Direction.ASC));
        // The lists (issue 27): a handler's open or closed cases by deadline; the overview's; every case, newest first.
        indexes.createIndex(new Index()
                .on("tenantId", Sort.Direction.ASC)
                .on("assignment.handler", Sort.Direction.ASC)
                .on(OPEN, Sort.Direction.ASC)
                .on("assignment.deadline", Sort.Direction.ASC)
                .on("_id", Sort.Direction.ASC)
                .named(BY_HANDLER_INDEX));
        indexes.createIndex(new Index()
                .on("tenantId", Sort.Direction.ASC)
                .on(ATTENTION, Sort.Direction.ASC)
                .on("assignment.deadline", Sort.Direction.ASC)
                .named(ATTENTION_INDEX));
        indexes.createIndex(new Index()
                .on("tenantId", Sort.Direction.ASC)
                .on(UNDISCUSSED, Sort.Direction.ASC)
                .on("assignment.deadline", Sort.Direction.ASC)
                .named(UNDISCUSSED_INDEX));
        indexes.createIndex(new Index()
                .on("tenantId", Sort.Direction.ASC)
                .on("assignment.receivedAt", Sort.Direction.DESC)
                .on("_id", Sort.Direction.DESC)
                .named(RECEIVED_INDEX));
        listEveryCase();
    }

    static final String OPEN = "lists.open";
    static final String ATTENTION = "lists.attention";
    static final String OUTCOME = "lists.outcome";
    static final String UNDISCUSSED = "lists.undiscussed";
    static final String UNDISCUSSED_INDEX = "cases_answered_undiscussed";
    static final String BY_HANDLER_INDEX = "cases_by_handler";
    static final String ATTENTION_INDEX = "cases_needing_attention";
    static final String RECEIVED_INDEX = "cases_by_received";

    /**
     * Gives each case stored before the lists kept their fields what its lists ask for, from its own state and
     * timeline; a step taken meanwhile, which writes them itself, is kept.
     */
    private void listEveryCase() {
        try (var unlisted =
                mongo.stream(query(where("lists").exists(false)).cursorBatchSize(200), CaseDocument.class)) {
            // Only if it still has none: a step taken meanwhile wrote its own.
            unlisted.forEach(d -> mongo.updateFirst(
                    query(where("_id").is(d.id()).and("lists").exists(false)),
                    new Update().set("lists", CaseDocument.Listed.of(summary(d))),
                    CaseDocument.class));
        }
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
        var file = new CaseFile(c, initialState(c), 0, null);
        try {
            mongo.insert(new CaseDocument(
                    c.complaintId(),
                    c.tenantId(),
                    c,
                    file.state(),
                    0,
                    null,
                    List.of(),
                    events.stream().map(OutboxEntry::of).toList(),
                    null,
                    null,
                    null,
                    CaseDocument.Listed.of(summary(file, List.of()))));
            return true;
        } catch (DuplicateKeyException alreadyAssigned) {
            return false;
        }
    }

    @Override
    public Optional<String> complaintIdOf(String tenantId, String reference) {
        String written = reference.strip();
        String upper = written.toUpperCase(java.util.Locale.ROOT);
        var q = query(where("tenantId")
                .is(tenantId)
                .and("assignment.reference")
                .in(written.equals(upper) ? List.of(written) : List.of(written, upper)));
        q.fields().include("_id");
        return Optional.ofNullable(mongo.findOne(q, org.bson.Document.class, COLLECTION))
                .map(d -> d.getString("_id"));
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
        return summary(file(d), d.timeline() == null ? List.of() : d.timeline());
    }

    /** The case with what its timeline says for lists and the watch. */
    private static CaseSummary summary(CaseFile file, List<TimelineEntry> timeline) {
        return new CaseSummary(
                file,
                timeline.stream().anyMatch(e -> e.action() == CaseAction.EXTEND_DEADLINE),
                (int) timeline.stream()
                        .filter(e -> e.action() == CaseAction.CHECK_IN)
                        .count(),
                timeline.stream().anyMatch(e -> e.action() == CaseAction.ACKNOWLEDGE),
                ConcernedNotice.of(timeline).handled(),
                timeline.stream().anyMatch(e -> e.action() == CaseAction.DISCUSSED_WITH_SUPERIOR),
                timeline.stream()
                        .map(TimelineEntry::outcome)
                        .filter(Objects::nonNull)
                        .reduce((first, second) -> second)
                        .orElse(null),
                ConcernedNotice.of(timeline).exceptionReviewOn());
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
    public CasePage<CaseSummary> handledBy(
            String tenantId, String handler, Showing showing, Predicate<CaseSummary> keep, int page, int size) {
        Criteria whose =
                where("tenantId").is(tenantId).and("assignment.handler").is(handler);
        // Each shape reads the handler's part of one index: open (true), closed (absent), or both merged by deadline.
        Query which = switch (showing) {
            case OPEN ->
                query(whose.and(OPEN).exists(true).in(true))
                        .with(Sort.by(Sort.Direction.ASC, "assignment.deadline", "_id"));
            case CLOSED ->
                query(whose.and(OPEN).exists(false)).with(Sort.by(Sort.Direction.DESC, "assignment.deadline", "_id"));
            case ALL ->
                query(whose.and(OPEN).in(true, null)).with(Sort.by(Sort.Direction.ASC, "assignment.deadline", "_id"));
        };
        return page(which, keep, page, size);
    }

    @Override
    public long overdue(String tenantId, String handler, LocalDate today) {
        return mongo.count(
                query(where("tenantId")
                        .is(tenantId)
                        .and("assignment.handler")
                        .is(handler)
                        .and(OPEN)
                        .exists(true)
                        .in(true)
                        .and("assignment.deadline")
                        .lt(today)),
                CaseDocument.class);
    }

    @Override
    public List<CaseSummary> needingAttention(String tenantId) {
        return marked(tenantId, ATTENTION);
    }

    @Override
    public List<CaseSummary> answeredUndiscussed(String tenantId) {
        return marked(tenantId, UNDISCUSSED);
    }

    /** The tenant's cases that carry the list mark {@code mark}, soonest deadline first, read through its index. */
    private List<CaseSummary> marked(String tenantId, String mark) {
        return mongo
                .find(
                        query(where("tenantId")
                                        .is(tenantId)
                                        .and(mark)
                                        .exists(true)
                                        .in(true))
                                .with(Sort.by("assignment.deadline")),
                        CaseDocument.class)
                .stream()
                .map(MongoCases::summary)
                .toList();
    }

    @Override
    public CasePage<CaseSummary> received(
            String tenantId, Received which, Predicate<CaseSummary> keep, int page, int size) {
        Criteria cases = where("tenantId").is(tenantId);
        if (which.year() != null) {
            cases.and("assignment.receivedAt")
                    .gte(LocalDate.of(which.year(), 1, 1).atStartOfDay(OSLO).toInstant())
                    .lt(LocalDate.of(which.year() + 1, 1, 1).atStartOfDay(OSLO).toInstant());
        }
        if (which.track() != null) cases.and("assignment.track").is(which.track());
        if ("NONE".equals(which.outcome())) {
            cases.and(OUTCOME).exists(false);
        } else if (which.outcome() != null) {
            cases.and(OUTCOME).is(which.outcome());
        }
        return page(query(cases).with(Sort.by(Sort.Direction.DESC, "assignment.receivedAt", "_id")), keep, page, size);
    }

    @Override
    public Optional<Instant> firstReceived(String tenantId) {
        var first = query(where("tenantId").is(tenantId))
                .with(Sort.by(Sort.Direction.ASC, "assignment.receivedAt"))
                .limit(1);
        return Optional.ofNullable(mongo.findOne(first, CaseDocument.class))
                .map(d -> d.assignment().receivedAt());
    }

    /** The page of the query's cases that {@code keep} keeps, read in the query's order no further than it needs. */
    private CasePage<CaseSummary> page(Query which, Predicate<CaseSummary> keep, int page, int size) {
        // In batches of about a page: a store that is not told sends every match in its first answer.
        which.cursorBatchSize(Math.clamp(size + 1L, 2, CasePage.LARGEST + 1));
        try (var found = mongo.stream(which, CaseDocument.class)) {
            return CasePage.of(found.map(MongoCases::summary), keep, page, size);
        }
    }

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

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
        // What the lists ask of the case follows from its timeline with this step: read at the version the write
        // expects.
        var read = document(tenantId, complaintId).filter(d -> d.version() == expectedVersion);
        if (read.isEmpty()) return false;
        var timeline = new ArrayList<>(
                read.get().timeline() == null ? List.of() : read.get().timeline());
        timeline.add(entry);
        Update update = new Update()
                .set("assignment", next.complaintCase())
                .set("state", next.state())
                .set("version", next.version())
                .set("pausedOn", next.pausedOn())
                .set("lists", CaseDocument.Listed.of(summary(next, timeline)))
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
