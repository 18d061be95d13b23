package no.klagesak.intake.complaint.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.intake.complaint.Channel;
import no.klagesak.intake.complaint.ComplainantRole;
import no.klagesak.intake.complaint.Complaint;
import no.klagesak.intake.complaint.ComplaintId;
import no.klagesak.intake.complaint.Complaints;
import no.klagesak.intake.complaint.Track;
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
    public void add(Complaint c, List<EventEnvelope> events) {
        // One insert: the complaint and its outbox are stored together or not at all.
        mongo.insert(new ComplaintDocument(
                c.id().value(),
                c.tenantId(),
                c.reference(),
                c.track().name(),
                c.channel().name(),
                c.complainantRole().name(),
                c.category(),
                c.subject(),
                c.description(),
                c.desiredChange(),
                c.complainant(),
                c.concernsLineManager(),
                c.language(),
                c.receivedAt(),
                c.registeredBy(),
                events.stream().map(OutboxEntry::of).toList()));
    }

    @Override
    public Optional<Complaint> findBy(String tenantId, ComplaintId id) {
        return Optional.ofNullable(mongo.findOne(
                        query(where("_id").is(id.value()).and("tenantId").is(tenantId)), ComplaintDocument.class))
                .map(d -> new Complaint(
                        new ComplaintId(d.id()),
                        d.tenantId(),
                        d.reference(),
                        Track.valueOf(d.track()),
                        Channel.valueOf(d.channel()),
                        ComplainantRole.valueOf(d.complainantRole()),
                        d.category(),
                        d.subject(),
                        d.description(),
                        d.desiredChange(),
                        d.complainant(),
                        d.concernsLineManager(),
                        d.language(),
                        d.receivedAt(),
                        d.registeredBy()));
    }
}
