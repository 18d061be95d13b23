package no.klagesak.intake.complaint.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Year;
import no.klagesak.intake.complaint.ReferenceNumbers;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** One counter document per tenant and year, incremented atomically with findAndModify. */
@Component
class MongoReferenceNumbers implements ReferenceNumbers {

    private final MongoTemplate mongo;

    MongoReferenceNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String next(String tenantId, Year year) {
        Document counter = mongo.findAndModify(
                query(where("_id").is(tenantId + ":" + year)),
                new Update().inc("value", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class,
                "reference_counters");
        long value = ((Number) counter.get("value")).longValue();
        return "%s-%05d".formatted(year, value);
    }
}
