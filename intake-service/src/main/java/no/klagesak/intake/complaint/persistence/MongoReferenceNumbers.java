package no.klagesak.intake.complaint.persistence;

import java.time.Year;
import no.klagesak.intake.complaint.application.port.ReferenceNumbers;
import no.klagesak.support.counters.Counters;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** One counter document per tenant and year (support's {@link Counters}). */
@Component
class MongoReferenceNumbers implements ReferenceNumbers {

    private final MongoTemplate mongo;

    MongoReferenceNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** {@code 2026-0042}: the year and the next number of this tenant's year, at least four digits. */
    @Override
    public String next(String tenantId, Year year) {
        return "%s-%04d".formatted(year, Counters.next(mongo, "reference_counters", tenantId + ":" + year));
    }
}
