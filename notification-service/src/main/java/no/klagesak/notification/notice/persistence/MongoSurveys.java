package no.klagesak.notification.notice.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.notification.notice.Surveys;
import no.klagesak.support.outbox.OutboxEntry;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One document per invitation, by the token's hash: tenant, track, month, answered, and the answer's event in its
 * outbox until published. No complaint id, no address, no time finer than the month.
 */
@Component
class MongoSurveys implements Surveys {

    static final String COLLECTION = "survey_invitations";

    private final MongoTemplate mongo;

    MongoSurveys(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void invite(String tokenHash, String tenantId, String track, String month) {
        try {
            mongo.insert(
                    new Document("_id", tokenHash)
                            .append("tenantId", tenantId)
                            .append("track", track)
                            .append("month", month)
                            .append("answered", false)
                            .append(OutboxEntry.FIELD, List.of()),
                    COLLECTION);
        } catch (DuplicateKeyException known) {
            // The same token twice is the same invitation.
        }
    }

    @Override
    public Optional<Invitation> find(String tokenHash) {
        return Optional.ofNullable(mongo.findById(tokenHash, Document.class, COLLECTION))
                .map(d ->
                        new Invitation(d.getString("tenantId"), d.getString("track"), d.getBoolean("answered", false)));
    }

    @Override
    public boolean answer(String tokenHash, EventEnvelope answered) {
        // The condition and the change are one write: of two answers sent at once, one counts.
        return mongo.updateFirst(
                                query(where("_id").is(tokenHash).and("answered").is(false)),
                                new Update().set("answered", true).push(OutboxEntry.FIELD, OutboxEntry.of(answered)),
                                COLLECTION)
                        .getMatchedCount()
                == 1;
    }
}
