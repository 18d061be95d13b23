package no.klagesak.routing.assignment.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.ComplaintCase;
import no.klagesak.support.outbox.OutboxEntry;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
class MongoCases implements Cases {

    private final MongoTemplate mongo;

    MongoCases(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean addIfAbsent(ComplaintCase c, List<EventEnvelope> events) {
        try {
            mongo.insert(new CaseDocument(
                    c.complaintId(),
                    c.tenantId(),
                    c,
                    events.stream().map(OutboxEntry::of).toList()));
            return true;
        } catch (DuplicateKeyException alreadyAssigned) {
            return false;
        }
    }

    @Override
    public Optional<ComplaintCase> findBy(String tenantId, String complaintId) {
        return Optional.ofNullable(mongo.findOne(
                        query(where("_id").is(complaintId).and("tenantId").is(tenantId)), CaseDocument.class))
                .map(CaseDocument::assignment);
    }

    @Override
    public List<ComplaintCase> findAll(String tenantId) {
        return mongo
                .find(query(where("tenantId").is(tenantId)).with(Sort.by("assignment.deadline")), CaseDocument.class)
                .stream()
                .map(CaseDocument::assignment)
                .toList();
    }
}
