package no.klagesak.intake.complaint.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import no.klagesak.intake.complaint.application.port.Attachments;
import no.klagesak.intake.complaint.model.Attachment;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * One document per file in {@code attachments}, at most 5 MB each, so a complaint with its files stays far below
 * MongoDB's 16 MB per document. A file is served only when its complaint, in the same tenant, lists it.
 */
@Component
class MongoAttachments implements Attachments {

    static final String COLLECTION = "attachments";
    private static final Logger log = LoggerFactory.getLogger(MongoAttachments.class);
    private static final Duration UNREFERENCED_AFTER = Duration.ofHours(1);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Sealing sealing;

    MongoAttachments(MongoTemplate mongo, Clock clock, Sealing sealing) {
        this.mongo = mongo;
        this.clock = clock;
        this.sealing = sealing;
    }

    @Override
    public void store(String tenantId, String complaintId, Attachment attachment, byte[] content) {
        mongo.insert(
                new Document("_id", attachment.id())
                        .append("tenantId", tenantId)
                        .append("complaintId", complaintId)
                        .append("contentType", attachment.contentType())
                        .append("size", attachment.size())
                        .append("storedAt", Date.from(clock.instant()))
                        .append("sealed", true)
                        .append("content", new Binary(sealing.seal(tenantId, attachment.id(), content))),
                COLLECTION);
    }

    @Override
    public Optional<byte[]> read(String tenantId, String complaintId, Attachment listed) {
        return Optional.ofNullable(mongo.findOne(
                        query(where("_id")
                                .is(listed.id())
                                .and("tenantId")
                                .is(tenantId)
                                .and("complaintId")
                                .is(complaintId)),
                        Document.class,
                        COLLECTION))
                .map(d -> d.getBoolean("sealed", false)
                        ? sealing.open(
                                tenantId,
                                listed.id(),
                                d.get("content", Binary.class).getData())
                        : d.get("content", Binary.class).getData());
    }

    /** Files of a complaint that was never stored (refused by the store, or a lost race of a repeated send). */
    @Scheduled(fixedDelayString = "${klagesak.intake.attachments.cleanup-interval:1h}")
    void removeUnreferenced() {
        Instant before = clock.instant().minus(UNREFERENCED_AFTER);
        int removed = 0;
        for (Document file :
                mongo.find(query(where("storedAt").lt(Date.from(before))).limit(500), Document.class, COLLECTION)) {
            boolean referenced = mongo.exists(
                    query(where("_id")
                            .is(file.getString("complaintId"))
                            .and("complaint.attachments.id")
                            .is(file.get("_id"))),
                    ComplaintDocument.class);
            if (!referenced) {
                mongo.remove(query(where("_id").is(file.get("_id"))), COLLECTION);
                removed++;
            }
        }
        if (removed > 0) log.info("Removed {} attachments that no complaint lists", removed);
    }
}
