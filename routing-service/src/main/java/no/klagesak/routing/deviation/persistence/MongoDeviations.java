package no.klagesak.routing.deviation.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.routing.deviation.DeviationReport;
import no.klagesak.routing.deviation.Deviations;
import no.klagesak.support.outbox.OutboxEntry;
import no.klagesak.support.sealing.SealedCollection;
import no.klagesak.support.sealing.Sealer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

@Component
class MongoDeviations implements Deviations {

    static final String COLLECTION = "deviations";
    private static final String WHAT = "report.what";
    private static final String MEASURES = "report.handling.measures";

    /** What stands where a complainant's words were, once their complaint is erased (as in the cases). */
    static final String ERASED = "[slettet]";

    private final MongoTemplate mongo;
    private final Sealer sealer;

    MongoDeviations(MongoTemplate mongo, Sealer sealer) {
        this.mongo = mongo;
        this.sealer = sealer;
        // A tenant's reports of a year, for the log and the board's counts.
        mongo.indexOps(DeviationDocument.class)
                .createIndex(new Index().on("tenantId", Sort.Direction.ASC).on("reportedAt", Sort.Direction.ASC));
        // The watch's: the unhandled reports by deadline.
        mongo.indexOps(DeviationDocument.class)
                .createIndex(new Index()
                        .on("report.handling", Sort.Direction.ASC)
                        .on("report.deadline", Sort.Direction.ASC));
    }

    private static String key(String tenantId, String id) {
        return tenantId + "/" + id;
    }

    @Override
    public boolean addIfAbsent(DeviationReport report, EventEnvelope reported) {
        var f = sealer.in(report.tenantId(), COLLECTION, key(report.tenantId(), report.id()));
        DeviationReport sealed = report.withWords(f.seal(WHAT, report.what()), null);
        try {
            mongo.insert(new DeviationDocument(
                    key(report.tenantId(), report.id()),
                    report.tenantId(),
                    report.reportedAt(),
                    sealed,
                    List.of(OutboxEntry.of(reported)),
                    null));
            return true;
        } catch (DuplicateKeyException sentBefore) {
            return false;
        }
    }

    @Override
    public Optional<DeviationReport> find(String tenantId, String id) {
        return Optional.ofNullable(mongo.findById(key(tenantId, id), DeviationDocument.class))
                .filter(d -> d.tenantId().equals(tenantId))
                .map(this::opened);
    }

    @Override
    public boolean handle(String tenantId, String id, DeviationReport.Handling handling, EventEnvelope handled) {
        String key = key(tenantId, id);
        var sealed = new DeviationReport.Handling(
                sealer.in(tenantId, COLLECTION, key).seal(MEASURES, handling.measures()),
                handling.handledBy(),
                handling.handledAt());
        var result = mongo.updateFirst(
                query(where("_id")
                        .is(key)
                        .and("tenantId")
                        .is(tenantId)
                        .and("report.handling")
                        .is(null)),
                new Update().set("report.handling", sealed).push(OutboxEntry.FIELD, OutboxEntry.of(handled)),
                DeviationDocument.class);
        return result.getModifiedCount() == 1;
    }

    @Override
    public List<DeviationReport> overdueUnnoticed(LocalDate today) {
        return mongo
                .find(
                        query(where("report.handling")
                                .is(null)
                                .and("report.deadline")
                                .lt(today)
                                .and("overdueNoticedOn")
                                .is(null)),
                        DeviationDocument.class)
                .stream()
                // The watch needs the kind, the receiver and the deadline: the words stay sealed, so one report that
                // would not open does not stop the round for every tenant.
                .map(DeviationDocument::report)
                .toList();
    }

    @Override
    public void eraseWordsAbout(String tenantId, String complaintId) {
        // Each report its own single-document write; a redelivered erasure writes the same marker again.
        mongo.updateMulti(
                query(where("tenantId").is(tenantId).and("report.complaintId").is(complaintId)),
                new Update().set("report.what", ERASED),
                DeviationDocument.class);
    }

    @Override
    public boolean noticeOverdue(String tenantId, String id, EventEnvelope overdue) {
        var result = mongo.updateFirst(
                query(where("_id")
                        .is(key(tenantId, id))
                        .and("tenantId")
                        .is(tenantId)
                        .and("report.handling")
                        .is(null)
                        .and("overdueNoticedOn")
                        .is(null)),
                new Update()
                        .set(
                                "overdueNoticedOn",
                                LocalDate.ofInstant(overdue.occurredAt(), java.time.ZoneId.of("Europe/Oslo")))
                        .push(OutboxEntry.FIELD, OutboxEntry.of(overdue)),
                DeviationDocument.class);
        return result.getModifiedCount() == 1;
    }

    @Override
    public List<DeviationReport> reportedBetween(String tenantId, Instant from, Instant to) {
        return mongo
                .find(
                        query(where("tenantId")
                                        .is(tenantId)
                                        .and("reportedAt")
                                        .gte(from)
                                        .lt(to))
                                .with(Sort.by("reportedAt")),
                        DeviationDocument.class)
                .stream()
                .map(this::opened)
                .toList();
    }

    private DeviationReport opened(DeviationDocument d) {
        var f = sealer.in(d.tenantId(), COLLECTION, d.key());
        DeviationReport r = d.report();
        var h = r.handling();
        return r.withWords(
                f.open(WHAT, r.what()),
                h == null
                        ? null
                        : new DeviationReport.Handling(f.open(MEASURES, h.measures()), h.handledBy(), h.handledAt()));
    }

    /** Declared so that values sealed before Tink are sealed again at start, as in the other collections. */
    @Configuration(proxyBeanMethods = false)
    static class Sealed {
        @Bean
        SealedCollection sealedDeviations() {
            return new SealedCollection(COLLECTION);
        }
    }
}
