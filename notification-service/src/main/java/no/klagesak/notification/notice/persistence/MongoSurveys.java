package no.klagesak.notification.notice.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.notification.notice.Surveys;
import no.klagesak.support.outbox.OutboxEntry;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One document per invitation, by the token's hash: tenant, track, month, answered, and the answer's event in its
 * outbox until published. No complaint id, no address, no time finer than the month.
 */
@Component
class MongoSurveys implements Surveys {

    static final String COLLECTION = "survey_invitations";
    static final String HANDOUTS = "survey_handouts";
    private static final String EXPIRES = "expiresAt";

    private final MongoTemplate mongo;

    MongoSurveys(MongoTemplate mongo) {
        this.mongo = mongo;
        // An unanswered link removes itself when it expires; the day's counts a few days after.
        for (String collection : List.of(COLLECTION, HANDOUTS)) {
            mongo.indexOps(collection)
                    .createIndex(new Index().on(EXPIRES, Sort.Direction.ASC).expire(Duration.ZERO));
        }
    }

    @Override
    public boolean countHandOut(String tenantId, String byHash, String day, int limit) {
        Document count = mongo.findAndModify(
                query(where("_id").is(tenantId + ":" + byHash + ":" + day)),
                new Update()
                        .inc("n", 1)
                        .setOnInsert(
                                EXPIRES,
                                Date.from(LocalDate.parse(day)
                                        .plusDays(3)
                                        .atStartOfDay(ZoneOffset.UTC)
                                        .toInstant())),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class,
                HANDOUTS);
        return ((Number) count.get("n")).intValue() <= limit;
    }

    @Override
    public void invite(String tokenHash, String tenantId, String track, String month, @Nullable Instant expiresAt) {
        try {
            var invitation = new Document("_id", tokenHash)
                    .append("tenantId", tenantId)
                    .append("track", track)
                    .append("month", month)
                    .append("answered", false)
                    .append(OutboxEntry.FIELD, List.of());
            if (expiresAt != null) invitation.append(EXPIRES, Date.from(expiresAt));
            mongo.insert(invitation, COLLECTION);
        } catch (DuplicateKeyException known) {
            // The same token twice is the same invitation.
        }
    }

    @Override
    public Optional<Invitation> find(String tokenHash) {
        return Optional.ofNullable(mongo.findById(tokenHash, Document.class, COLLECTION))
                .map(d -> new Invitation(
                        d.getString("tenantId"),
                        d.getString("track"),
                        d.getBoolean("answered", false),
                        d.getDate(EXPIRES) == null ? null : d.getDate(EXPIRES).toInstant()));
    }

    @Override
    public boolean answer(String tokenHash, EventEnvelope answered) {
        // The condition and the change are one write: of two answers sent at once, one counts.
        return mongo.updateFirst(
                                query(where("_id").is(tokenHash).and("answered").is(false)),
                                // Once answered it is kept until its answer is published: no expiry removes it.
                                new Update()
                                        .set("answered", true)
                                        .unset(EXPIRES)
                                        .push(OutboxEntry.FIELD, OutboxEntry.of(answered)),
                                COLLECTION)
                        .getMatchedCount()
                == 1;
    }
}
