package no.klagesak.reporting.statistics.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.klagesak.reporting.statistics.Rollup;
import no.klagesak.reporting.statistics.Rollups;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One document per tenant and month ({@code tenant/2026-03}): the month's rollup, the number of changes to its facts
 * ({@code changes}), the number it was computed after ({@code basedOn}), and while it is behind, since when
 * ({@code behindSince}). Every write is to this one document. Map keys are stored as pairs, never as field names, so
 * no code or id can clash with MongoDB's rules for names.
 */
@Component
class MongoRollups implements Rollups {

    static final String COLLECTION = "rollups";

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoRollups(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("tenantId", Sort.Direction.ASC).on("year", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("behindSince", Sort.Direction.ASC).sparse());
    }

    /** The facts of the tenant's month changed: its rollup is behind until computed again. */
    void changed(String tenantId, YearMonth month) {
        mongo.upsert(
                query(where("_id").is(id(tenantId, month))),
                new Update()
                        .inc("changes", 1)
                        .min("behindSince", Date.from(clock.instant()))
                        .setOnInsert("tenantId", tenantId)
                        .setOnInsert("year", month.getYear())
                        .setOnInsert("month", month.toString())
                        .setOnInsert("basedOn", 0L),
                COLLECTION);
    }

    @Override
    public List<Behind> behind(int max) {
        return mongo
                .find(
                        query(where("behindSince").exists(true))
                                .with(Sort.by("behindSince"))
                                .limit(max),
                        Document.class,
                        COLLECTION)
                .stream()
                .map(d -> new Behind(
                        d.getString("tenantId"),
                        YearMonth.parse(d.getString("month")),
                        ((Number) d.get("changes")).longValue()))
                .toList();
    }

    @Override
    public boolean save(Rollup rollup, long basedOn) {
        String id = id(rollup.tenantId(), rollup.month());
        Update update = write(rollup).set("basedOn", basedOn);
        // Up to date when no change came while it was computed; else still behind, and rolled up again.
        if (mongo.updateFirst(
                                query(where("_id")
                                        .is(id)
                                        .and("basedOn")
                                        .lt(basedOn)
                                        .and("changes")
                                        .is(basedOn)),
                                update.unset("behindSince"),
                                COLLECTION)
                        .getModifiedCount()
                > 0) {
            return true;
        }
        Update stillBehind = write(rollup).set("basedOn", basedOn).set("behindSince", Date.from(clock.instant()));
        return mongo.updateFirst(query(where("_id").is(id).and("basedOn").lt(basedOn)), stillBehind, COLLECTION)
                        .getModifiedCount()
                > 0;
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
        Document oldest = mongo.findOne(
                query(where("behindSince").exists(true)).with(Sort.by("behindSince")), Document.class, COLLECTION);
        return Optional.ofNullable(oldest).map(d -> d.getDate("behindSince").toInstant());
    }

    @Override
    public Set<Month> months() {
        Query all = new Query();
        all.fields().include("tenantId", "month");
        try (var months = mongo.stream(all, Document.class, COLLECTION)) {
            return months.map(d -> new Month(d.getString("tenantId"), YearMonth.parse(d.getString("month"))))
                    .collect(Collectors.toSet());
        }
    }

    @Override
    public void markBehind(Month month) {
        changed(month.tenantId(), month.month());
    }

    /** Forgets every rollup: for tests only, which start from an empty store. */
    void clear() {
        mongo.remove(new Query(), COLLECTION);
    }

    private static String id(String tenantId, YearMonth month) {
        return tenantId + "/" + month;
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
