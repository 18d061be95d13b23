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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
class MongoComplaints implements Complaints {

    private final MongoTemplate mongo;

    MongoComplaints(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Complaint addUnlessSubmitted(Complaint complaint, List<EventEnvelope> events) {
        try {
            // One insert: the complaint and its outbox are stored together or not at all.
            mongo.insert(new ComplaintDocument(
                    complaint.id().value(),
                    complaint.tenantId(),
                    complaint.reference(),
                    complaint.submissionKey(),
                    complaint,
                    events.stream().map(OutboxEntry::of).toList()));
            return complaint;
        } catch (DuplicateKeyException duplicate) {
            ComplaintDocument earlier = mongo.findOne(
                    query(where("tenantId")
                            .is(complaint.tenantId())
                            .and("submissionKey")
                            .is(complaint.submissionKey())),
                    ComplaintDocument.class);
            if (earlier == null) throw duplicate;
            return earlier.complaint();
        }
    }

    @Override
    public Optional<Complaint> findBy(String tenantId, ComplaintId id) {
        return Optional.ofNullable(mongo.findOne(
                        query(where("_id").is(id.value()).and("tenantId").is(tenantId)), ComplaintDocument.class))
                .map(ComplaintDocument::complaint);
    }
}
