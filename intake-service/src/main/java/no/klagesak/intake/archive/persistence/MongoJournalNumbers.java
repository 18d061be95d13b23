package no.klagesak.intake.archive.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.klagesak.intake.archive.JournalNumbers;
import no.klagesak.intake.complaint.model.JournalRecord;
import no.klagesak.support.counters.Counters;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One document per numbered record ({@code journal_numbers}, by tenant and the record's system id: its year and
 * number) and one counter per tenant and journal year ({@code journal_counters}, support's {@link Counters}). Every
 * write is one document: a record is numbered by taking the next number and then inserting the record's document; when
 * another extract numbered it in between, its number stands and the taken one is a gap.
 */
@Component
class MongoJournalNumbers implements JournalNumbers {

    static final String NUMBERS = "journal_numbers";
    static final String COUNTERS = "journal_counters";
    private static final int READ_BATCH = 500;

    private final MongoTemplate mongo;

    MongoJournalNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<UUID, Integer> of(String tenantId, List<JournalRecord> records) {
        Map<UUID, Integer> numbers = known(tenantId, records);
        for (JournalRecord r : records) {
            if (numbers.containsKey(r.systemId())) continue;
            int year = r.date().getYear();
            int next = (int) Counters.next(mongo, COUNTERS, tenantId + ":" + year);
            try {
                mongo.insert(
                        new Document("_id", id(tenantId, r.systemId()))
                                .append("tenantId", tenantId)
                                .append("year", year)
                                .append("number", next),
                        NUMBERS);
                numbers.put(r.systemId(), next);
            } catch (DuplicateKeyException numberedMeanwhile) {
                Document given = mongo.findById(id(tenantId, r.systemId()), Document.class, NUMBERS);
                numbers.put(r.systemId(), given.getInteger("number"));
            }
        }
        return numbers;
    }

    private Map<UUID, Integer> known(String tenantId, List<JournalRecord> records) {
        Map<UUID, Integer> numbers = new HashMap<>();
        for (int from = 0; from < records.size(); from += READ_BATCH) {
            List<String> ids = new ArrayList<>();
            for (JournalRecord r : records.subList(from, Math.min(records.size(), from + READ_BATCH))) {
                ids.add(id(tenantId, r.systemId()));
            }
            for (Document d : mongo.find(query(where("_id").in(ids)), Document.class, NUMBERS)) {
                String id = d.getString("_id");
                numbers.put(UUID.fromString(id.substring(id.lastIndexOf(':') + 1)), d.getInteger("number"));
            }
        }
        return numbers;
    }

    private static String id(String tenantId, UUID systemId) {
        return tenantId + ":" + systemId;
    }
}
