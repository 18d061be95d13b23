package no.klagesak.routing.assignment.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.klagesak.contracts.CaseState;
import no.klagesak.routing.assignment.LegalHold;
import no.klagesak.routing.assignment.RetentionFile;
import no.klagesak.routing.assignment.Retentions;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Retention and legal holds, in the case's own document: each change is one conditional write. */
@Component
class MongoRetentions implements Retentions {

    private final MongoTemplate mongo;

    MongoRetentions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Stream<RetentionFile> endedAndKept(String key) {
        return mongo.stream(
                        query(where("state")
                                        .in(RetentionFile.ENDED)
                                        .and("erasedAt")
                                        .is(null)
                                        .and("watched")
                                        .ne(key))
                                // In batches: a store that is not told sends every match in its first answer.
                                .cursorBatchSize(200),
                        CaseDocument.class)
                .map(MongoRetentions::file);
    }

    @Override
    public Optional<RetentionFile> find(String tenantId, String complaintId) {
        return Optional.ofNullable(mongo.findOne(byId(tenantId, complaintId), CaseDocument.class))
                .map(MongoRetentions::file);
    }

    @Override
    public List<RetentionFile> held(String tenantId) {
        return mongo
                .find(
                        query(where("tenantId").is(tenantId).and("legalHold").ne(null))
                                .with(Sort.by("legalHold.placedAt")),
                        CaseDocument.class)
                .stream()
                .map(MongoRetentions::file)
                .toList();
    }

    @Override
    public boolean place(String tenantId, String complaintId, LegalHold hold) {
        return mongo.updateFirst(
                                byId(tenantId, complaintId)
                                        .addCriteria(where("legalHold").is(null)),
                                new Update().set("legalHold", hold),
                                CaseDocument.class)
                        .getMatchedCount()
                == 1;
    }

    @Override
    public boolean release(String tenantId, String complaintId, LegalHold released) {
        return mongo.updateFirst(
                                byId(tenantId, complaintId)
                                        .addCriteria(where("legalHold.placedAt").is(released.placedAt())),
                                new Update().unset("legalHold").push("releasedHolds", released),
                                CaseDocument.class)
                        .getMatchedCount()
                == 1;
    }

    private static Query byId(String tenantId, String complaintId) {
        return query(where("_id").is(complaintId).and("tenantId").is(tenantId));
    }

    private static RetentionFile file(CaseDocument d) {
        CaseState state = MongoCases.file(d).state();
        List<LegalHold> holds = new ArrayList<>(d.releasedHolds() == null ? List.of() : d.releasedHolds());
        if (d.legalHold() != null) holds.add(d.legalHold());
        return new RetentionFile(
                d.assignment(),
                state,
                RetentionFile.endedOn(state, d.timeline() == null ? List.of() : d.timeline()),
                holds,
                d.erasedAt());
    }
}
