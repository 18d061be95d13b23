package no.klagesak.intake.complaint.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Year;
import no.klagesak.intake.complaint.application.port.ReferenceNumbers;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
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

    /** {@code 2026-0042}: the year and the next number of this tenant's year, at least four digits. */
    @Override
    public String next(String tenantId, Year year) {
        return "%s-%04d".formatted(year, increment(tenantId + ":" + year));
    }

    private long increment(String counterId) {
        try {
            return incrementOnce(counterId);
        } catch (DuplicateKeyException firstOfTheYear) {
            // Two requests both created the year's counter; the one that lost increments the one that won.
            return incrementOnce(counterId);
        }
    }

    private long incrementOnce(String counterId) {
        Document counter = mongo.findAndModify(
                query(where("_id").is(counterId)),
                new Update().inc("value", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class,
                "reference_counters");
        return ((Number) counter.get("value")).longValue();
    }
}
