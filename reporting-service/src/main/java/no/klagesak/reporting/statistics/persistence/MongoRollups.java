package no.klagesak.reporting.statistics.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import no.klagesak.reporting.statistics.Rollup;
import no.klagesak.reporting.statistics.Rollups;
import no.klagesak.reporting.statistics.Span;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The months in {@code rollups}, one document per tenant and month ({@code tenant/2026-03}), which the dashboards
 * read; the minutes and hours they are summed from in {@code rollup_parts} ({@code tenant/MINUTE/2026-03-05T10:15:00Z}).
 * Each document holds its rollup, the number of changes to what it is made of ({@code changes}), the number it was
 * computed after ({@code basedOn}), while it is behind when the oldest change not yet claimed happened
 * ({@code behindSince}), and while a round computes it, the time that round claimed ({@code claimed}) and when
 * ({@code claimedAt}). Every write is to one document. Map keys are stored as pairs, never as field names, so no code
 * or id can clash with MongoDB's rules for names.
 */
@Component
class MongoRollups implements Rollups {

    static final String COLLECTION = "rollups";
    static final String PARTS = "rollup_parts";
    /** What rolling up has done once, for good: {@value #PARTS_COMPLETE} when every month's parts were made. */
    static final String STATE = "rollup_state";

    private static final String PARTS_COMPLETE = "parts-complete";

    /** A claim this old belongs to a round that stopped; another round takes it over. */
    static final Duration ABANDONED = Duration.ofMinutes(2);

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoRollups(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("tenantId", Sort.Direction.ASC).on("year", Sort.Direction.ASC));
        mongo.indexOps(PARTS)
                .createIndex(new Index()
                        .on("tenantId", Sort.Direction.ASC)
                        .on("level", Sort.Direction.ASC)
                        .on("start", Sort.Direction.ASC));
        for (String collection : List.of(COLLECTION, PARTS)) {
            // Sparse: only what is behind or claimed, so a round finds it without reading every rollup.
            mongo.indexOps(collection)
                    .createIndex(
                            new Index().on("behindSince", Sort.Direction.ASC).sparse());
            mongo.indexOps(collection)
                    .createIndex(new Index().on("claimedAt", Sort.Direction.ASC).sparse());
            mongo.indexOps(collection)
                    .createIndex(new Index().on("claimed", Sort.Direction.ASC).sparse());
        }
    }

    @Override
    public void changed(String tenantId, Span span, Instant at) {
        Update update = new Update()
                .inc("changes", 1)
                .min("behindSince", Date.from(at))
                .setOnInsert("tenantId", tenantId)
                .setOnInsert("year", span.month().getYear())
                .setOnInsert("month", span.month().toString())
                .setOnInsert("basedOn", 0L);
        if (span.level() != Span.Level.MONTH) {
            update.setOnInsert("level", span.level().name()).setOnInsert("start", Date.from(span.start()));
        }
        mongo.upsert(query(where("_id").is(id(tenantId, span))), update, collection(span));
    }

    @Override
    public List<Behind> behind(Span.Level level, int max) {
        String collection = collection(level);
        List<Document> found = new ArrayList<>(mongo.find(
                query(ofLevel(where("behindSince").exists(true).and("claimedAt").exists(false), level))
                        .with(Sort.by("behindSince"))
                        .limit(max),
                Document.class,
                collection));
        Date abandoned = Date.from(clock.instant().minus(ABANDONED));
        found.addAll(mongo.find(
                query(ofLevel(where("claimedAt").exists(true).lt(abandoned), level))
                        .limit(max),
                Document.class,
                collection));
        return found.stream()
                .map(d -> new Behind(d.getString("tenantId"), span(d, level)))
                .distinct()
                .toList();
    }

    private static Criteria ofLevel(Criteria criteria, Span.Level level) {
        return level == Span.Level.MONTH ? criteria : criteria.and("level").is(level.name());
    }

    @Override
    public Optional<Claim> claim(Behind behind) {
        String id = id(behind.tenantId(), behind.span());
        String collection = collection(behind.span());
        Date now = Date.from(clock.instant());
        var returnNew = FindAndModifyOptions.options().returnNew(true);
        // The changes so far become this round's; a change from now on is behind again from its own time.
        Document claimed = mongo.findAndModify(
                query(where("_id")
                        .is(id)
                        .and("behindSince")
                        .exists(true)
                        .and("claimedAt")
                        .exists(false)),
                new Update().rename("behindSince", "claimed").set("claimedAt", now),
                returnNew,
                Document.class,
                collection);
        if (claimed == null) {
            // A round that stopped half-way: its claim, with its time, is taken over.
            claimed = mongo.findAndModify(
                    query(where("_id")
                            .is(id)
                            .and("claimedAt")
                            .lt(Date.from(clock.instant().minus(ABANDONED)))),
                    new Update().set("claimedAt", now),
                    returnNew,
                    Document.class,
                    collection);
        }
        if (claimed == null || claimed.getDate("claimed") == null) return Optional.empty();
        return Optional.of(new Claim(
                behind.tenantId(),
                behind.span(),
                number(claimed, "changes"),
                claimed.getDate("claimed").toInstant(),
                now.toInstant()));
    }

    @Override
    public void save(Claim claim, Rollup rollup) {
        String id = id(claim.tenantId(), claim.span());
        String collection = collection(claim.span());
        // Not over a rollup computed after more changes (a round that took over this one's claim).
        mongo.updateFirst(
                query(where("_id").is(id).and("basedOn").lt(claim.changes())),
                write(rollup).set("basedOn", claim.changes()),
                collection);
        // The parent is marked before the claim goes: a round that stops in between leaves the claim, and is redone.
        claim.span().parent().ifPresent(parent -> changed(claim.tenantId(), parent, claim.since()));
        mongo.updateFirst(
                query(where("_id").is(id).and("claimedAt").is(Date.from(claim.claimedAt()))),
                new Update().unset("claimed").unset("claimedAt"),
                collection);
    }

    @Override
    public List<Rollup> parts(String tenantId, Span span) {
        Span.Level level = span.partLevel().orElseThrow(() -> new IllegalArgumentException(span + " has no parts"));
        return mongo
                .find(
                        query(where("tenantId")
                                .is(tenantId)
                                .and("level")
                                .is(level.name())
                                .and("start")
                                .gte(Date.from(span.start()))
                                .lt(Date.from(span.end()))),
                        Document.class,
                        PARTS)
                .stream()
                .filter(d -> d.containsKey("received"))
                .map(MongoRollups::read)
                .toList();
    }

    @Override
    public List<Rollup> in(String tenantId, int year) {
        return mongo
                .find(query(where("tenantId").is(tenantId).and("year").is(year)), Document.class, COLLECTION)
                .stream()
                .filter(d -> d.containsKey("received"))
                .map(MongoRollups::read)
                .toList();
    }

    @Override
    public List<Rollup> withOpen(String tenantId) {
        return mongo.find(query(where("tenantId").is(tenantId).and("open").gt(0)), Document.class, COLLECTION).stream()
                .map(MongoRollups::read)
                .toList();
    }

    @Override
    public List<String> tenantsIn(int year) {
        // Across tenants on purpose: only the platform operator's anonymised comparison asks this.
        return mongo.findDistinct(
                query(where("year").is(year).and("received").gt(0)), "tenantId", COLLECTION, String.class);
    }

    @Override
    public Optional<Instant> behindSince() {
        return oldest(null);
    }

    @Override
    public Optional<Instant> behindSince(String tenantId) {
        return oldest(tenantId);
    }

    /**
     * The oldest change not yet claimed, or claimed and not yet let go, at any level; of any tenant when null. A time
     * moves while this reads: from a span's {@code behindSince} to its {@code claimed}, and from there to the
     * {@code behindSince} of the span above (marked before the claim is let go), minutes and hours before months. So
     * the parts are read before the months, and in each {@code claimed}, {@code behindSince} and {@code claimed} again:
     * a time that moves between two reads is seen by one of them.
     */
    private Optional<Instant> oldest(@Nullable String tenantId) {
        Optional<Instant> oldest = Optional.empty();
        for (String collection : List.of(PARTS, COLLECTION)) {
            for (String field : List.of("claimed", "behindSince", "claimed")) {
                Criteria criteria = where(field).exists(true);
                if (tenantId != null) criteria = criteria.and("tenantId").is(tenantId);
                Document found = mongo.findOne(query(criteria).with(Sort.by(field)), Document.class, collection);
                // The local stack's stand-in has been seen to answer a document changed by a round at that moment.
                Date since = found == null ? null : found.getDate(field);
                if (since == null) continue;
                Instant at = since.toInstant();
                if (oldest.isEmpty() || at.isBefore(oldest.get())) oldest = Optional.of(at);
            }
        }
        return oldest;
    }

    @Override
    public Set<Behind> spans() {
        Set<Behind> spans = new HashSet<>();
        Query months = new Query();
        months.fields().include("tenantId", "month");
        try (var found = mongo.stream(months, Document.class, COLLECTION)) {
            found.forEach(d -> spans.add(new Behind(d.getString("tenantId"), span(d, Span.Level.MONTH))));
        }
        Query parts = new Query();
        parts.fields().include("tenantId", "level", "start");
        try (var found = mongo.stream(parts, Document.class, PARTS)) {
            found.forEach(d ->
                    spans.add(new Behind(d.getString("tenantId"), span(d, Span.Level.valueOf(d.getString("level"))))));
        }
        return spans;
    }

    @Override
    public boolean partsComplete() {
        return mongo.exists(query(where("_id").is(PARTS_COMPLETE)), STATE);
    }

    @Override
    public boolean anyMonth() {
        return mongo.exists(new Query(), COLLECTION);
    }

    @Override
    public void partsCompleted() {
        mongo.upsert(query(where("_id").is(PARTS_COMPLETE)), new Update().set("at", Date.from(clock.instant())), STATE);
    }

    /** Forgets every rollup: for tests only, which start from an empty store. */
    void clear() {
        mongo.remove(new Query(), COLLECTION);
        mongo.remove(new Query(), PARTS);
        mongo.remove(new Query(), STATE);
    }

    private static Span span(Document d, Span.Level level) {
        return level == Span.Level.MONTH
                ? Span.month(YearMonth.parse(d.getString("month")))
                : new Span(level, d.getDate("start").toInstant());
    }

    private static String collection(Span span) {
        return collection(span.level());
    }

    private static String collection(Span.Level level) {
        return level == Span.Level.MONTH ? COLLECTION : PARTS;
    }

    private static String id(String tenantId, Span span) {
        return span.level() == Span.Level.MONTH
                ? tenantId + "/" + span.month()
                : tenantId + "/" + span.level() + "/" + span.start();
    }

    private static Update write(Rollup r) {
        return new Update()
                .set("received", r.received())
                .set("open", r.open())
                .set("byTrack", pairs(r.byTrack(), Function.identity()))
                .set("byCategory", pairs(r.byCategory(), Function.identity()))
                .set("complaintsByCategory", pairs(r.complaintsByCategory(), Function.identity()))
                .set("byChannel", pairs(r.byChannel(), Function.identity()))
                .set("byComplainantRole", pairs(r.byComplainantRole(), Function.identity()))
                .set("byUnit", pairs(r.byUnit(), Function.identity()))
                .set("handlingDays", pairs(r.handlingDays(), String::valueOf))
                .set("withDeadline", r.withDeadline())
                .set("inTime", r.inTime())
                .set("escalated", r.escalated())
                .set("breached", r.breached())
                .set("deviations", r.deviations())
                .set("byOutcome", pairs(r.byOutcome(), Function.identity()))
                .set("openSince", pairs(r.openSince(), LocalDate::toString))
                .set("surveyAnswers", r.survey().answers())
                .set("surveySatisfied", r.survey().satisfiedSum())
                .set("surveyHeard", r.survey().heardSum())
                .set("surveyAgain", r.survey().wouldComplainAgain());
    }

    private static Rollup read(Document d) {
        return new Rollup(
                d.getString("tenantId"),
                YearMonth.parse(d.getString("month")),
                number(d, "received"),
                map(d, "byTrack", Function.identity()),
                map(d, "byCategory", Function.identity()),
                map(d, "complaintsByCategory", Function.identity()),
                map(d, "byChannel", Function.identity()),
                map(d, "byComplainantRole", Function.identity()),
                map(d, "byUnit", Function.identity()),
                map(d, "handlingDays", Long::valueOf),
                number(d, "withDeadline"),
                number(d, "inTime"),
                number(d, "escalated"),
                number(d, "breached"),
                number(d, "deviations"),
                map(d, "byOutcome", Function.identity()),
                map(d, "openSince", LocalDate::parse),
                new Rollup.SurveyTotals(
                        number(d, "surveyAnswers"),
                        number(d, "surveySatisfied"),
                        number(d, "surveyHeard"),
                        number(d, "surveyAgain")));
    }

    private static <K> List<Document> pairs(Map<K, Long> map, Function<K, String> key) {
        List<Document> pairs = new ArrayList<>();
        map.forEach((k, v) -> pairs.add(new Document("k", key.apply(k)).append("n", v)));
        return pairs;
    }

    private static <K extends Comparable<? super K>> Map<K, Long> map(
            Document d, String field, Function<String, K> key) {
        Map<K, Long> map = new TreeMap<>();
        for (Document pair : d.getList(field, Document.class, List.of())) {
            map.put(key.apply(pair.getString("k")), ((Number) pair.get("n")).longValue());
        }
        return map;
    }

    private static long number(Document d, String field) {
        Object value = d.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
