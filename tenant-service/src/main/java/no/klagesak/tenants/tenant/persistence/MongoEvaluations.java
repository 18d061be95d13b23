package no.klagesak.tenants.tenant.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.klagesak.tenants.tenant.Evaluation;
import no.klagesak.tenants.tenant.Evaluations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Each evaluation in a document of its own, keyed by its tenant and the form's id together: one tenant's ids never
 * meet another's.
 */
@Component
class MongoEvaluations implements Evaluations {

    private static final String TENANT = "evaluation.tenantId";
    private static final String HELD_ON = "evaluation.heldOn";

    private final MongoTemplate mongo;

    MongoEvaluations(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(EvaluationDocument.class)
                .createIndex(new Index().on(TENANT, Sort.Direction.ASC).on(HELD_ON, Sort.Direction.DESC));
    }

    @Override
    public boolean add(Evaluation evaluation) {
        try {
            mongo.insert(new EvaluationDocument(key(evaluation.tenantId(), evaluation.id()), evaluation));
            return true;
        } catch (DuplicateKeyException sentBefore) {
            return false;
        }
    }

    @Override
    public Optional<Evaluation> find(String tenantId, String id) {
        return Optional.ofNullable(mongo.findById(key(tenantId, id), EvaluationDocument.class))
                .map(EvaluationDocument::evaluation);
    }

    @Override
    public List<Evaluation> of(String tenantId) {
        return mongo
                .find(
                        query(where(TENANT).is(tenantId))
                                .with(Sort.by(Sort.Order.desc(HELD_ON), Sort.Order.desc("evaluation.recordedAt"))),
                        EvaluationDocument.class)
                .stream()
                .map(EvaluationDocument::evaluation)
                .toList();
    }

    @Override
    public Optional<LocalDate> lastHeldOn(String tenantId) {
        var latest = query(where(TENANT).is(tenantId))
                .with(Sort.by(Sort.Order.desc(HELD_ON)))
                .limit(1);
        latest.fields().include(HELD_ON);
        return Optional.ofNullable(mongo.findOne(latest, EvaluationDocument.class))
                .map(d -> d.evaluation().heldOn());
    }

    private static String key(String tenantId, String id) {
        return tenantId + "/" + id;
    }

    @Document("evaluations")
    record EvaluationDocument(@Id String key, Evaluation evaluation) {}
}
