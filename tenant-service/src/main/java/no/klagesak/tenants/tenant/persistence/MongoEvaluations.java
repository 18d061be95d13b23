package no.klagesak.tenants.tenant.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import no.klagesak.tenants.tenant.Evaluation;
import no.klagesak.tenants.tenant.Evaluations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

@Component
class MongoEvaluations implements Evaluations {

    static final String COLLECTION = "evaluations";

    private final MongoTemplate mongo;

    MongoEvaluations(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("tenantId", Sort.Direction.ASC).on("heldOn", Sort.Direction.DESC));
    }

    @Override
    public boolean add(Evaluation evaluation) {
        try {
            mongo.insert(evaluation, COLLECTION);
            return true;
        } catch (DuplicateKeyException sentBefore) {
            return false;
        }
    }

    @Override
    public List<Evaluation> of(String tenantId) {
        return mongo.find(
                query(where("tenantId").is(tenantId))
                        .with(Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("recordedAt"))),
                Evaluation.class,
                COLLECTION);
    }
}
