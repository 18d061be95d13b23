package no.klagesak.support.jobs;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Claims stored jobs for one worker at a time. A job document has {@code state} ({@code QUEUED}, {@code WORKING},
 * then what the job ends in), {@code createdAt}, and {@code touchedAt}, its last sign of life, which the worker moves
 * on as it goes. A job working without a sign of life for {@code stale} was left by a replica that stopped: it is
 * claimed again, so every job ends.
 */
public final class JobClaims {

    private JobClaims() {}

    /**
     * The oldest job waiting, or working without a sign of life for {@code stale}, now {@code WORKING} for the caller,
     * with {@code restart} applied (what a job starting over resets), as it is after.
     */
    public static Optional<Document> claim(
            MongoTemplate mongo, String collection, Clock clock, Duration stale, Update restart) {
        Document claimed = mongo.findAndModify(
                query(new Criteria()
                                .orOperator(
                                        where("state").is("QUEUED"),
                                        where("state")
                                                .is("WORKING")
                                                .and("touchedAt")
                                                .lt(Date.from(clock.instant().minus(stale)))))
                        .with(Sort.by("createdAt")),
                restart.set("state", "WORKING").set("touchedAt", Date.from(clock.instant())),
                FindAndModifyOptions.options().returnNew(true),
                Document.class,
                collection);
        return Optional.ofNullable(claimed);
    }
}
