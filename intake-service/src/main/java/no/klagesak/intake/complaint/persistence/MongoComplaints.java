package no.klagesak.intake.complaint.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.intake.complaint.Complaint;
import no.klagesak.intake.complaint.ComplaintId;
import no.klagesak.intake.complaint.Complaints;
import no.klagesak.support.outbox.OutboxEntry;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
class MongoComplaints implements Complaints {

    private final MongoTemplate mongo;

    MongoComplaints(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(Complaint complaint, List<EventEnvelope> events) {
        // One insert: the complaint and its outbox are stored together or not at all.
        mongo.insert(new ComplaintDocument(
                complaint.id().value(),
                complaint.tenantId(),
                complaint.reference(),
                complaint,
                events.stream().map(OutboxEntry::of).toList()));
    }

    @Override
    public Optional<Complaint> findBy(String tenantId, ComplaintId id) {
        return Optional.ofNullable(mongo.findOne(
                        query(where("_id").is(id.value()).and("tenantId").is(tenantId)), ComplaintDocument.class))
                .map(ComplaintDocument::complaint);
    }
}
