package no.klagesak.reporting.statistics.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import no.klagesak.reporting.statistics.ExportJob;
import no.klagesak.reporting.statistics.ExportJobs;
import no.klagesak.support.jobs.JobClaims;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** One document per export, the finished file inside it (an annual report section is a few kilobytes). */
@Component
class MongoExportJobs implements ExportJobs {

    private static final String COLLECTION = "exports";

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoExportJobs(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public ExportJob create(String tenantId, int year, String format) {
        var job = new ExportJob(
                UUID.randomUUID().toString(), tenantId, year, format, ExportJob.State.QUEUED, 0, clock.instant(), null);
        mongo.insert(
                new Document("_id", job.id())
                        .append("tenantId", tenantId)
                        .append("year", year)
                        .append("format", format)
                        .append("state", job.state().name())
                        .append("step", 0)
                        .append("createdAt", Date.from(job.createdAt()))
                        .append("touchedAt", Date.from(job.createdAt())),
                COLLECTION);
        return job;
    }

    @Override
    public Optional<ExportJob> claim(Duration stale) {
        return JobClaims.claim(mongo, COLLECTION, clock, stale, new Update().set("step", 0))
                .map(MongoExportJobs::read);
    }

    @Override
    public void step(String id, int step) {
        mongo.updateFirst(
                query(where("_id").is(id)),
                new Update().set("step", step).set("touchedAt", Date.from(clock.instant())),
                COLLECTION);
    }

    @Override
    public void done(String id, byte[] file) {
        mongo.updateFirst(
                query(where("_id").is(id)),
                new Update()
                        .set("state", "DONE")
                        .set("step", ExportJob.STEPS)
                        .set("file", new Binary(file))
                        .set("touchedAt", Date.from(clock.instant())),
                COLLECTION);
    }

    @Override
    public void failed(String id, String reason) {
        mongo.updateFirst(
                query(where("_id").is(id)),
                new Update().set("state", "FAILED").set("error", reason).set("touchedAt", Date.from(clock.instant())),
                COLLECTION);
    }

    @Override
    public Optional<ExportJob> find(String tenantId, String id) {
        return Optional.ofNullable(mine(tenantId, id)).map(MongoExportJobs::read);
    }

    @Override
    public Optional<byte[]> file(String tenantId, String id) {
        return Optional.ofNullable(mine(tenantId, id))
                .map(d -> d.get("file", Binary.class))
                .map(Binary::getData);
    }

    @Override
    public void forgetOlderThan(Duration age) {
        mongo.remove(query(where("createdAt").lt(Date.from(clock.instant().minus(age)))), COLLECTION);
    }

    private Document mine(String tenantId, String id) {
        return mongo.findOne(query(where("_id").is(id).and("tenantId").is(tenantId)), Document.class, COLLECTION);
    }

    private static ExportJob read(Document d) {
        return new ExportJob(
                d.getString("_id"),
                d.getString("tenantId"),
                d.getInteger("year"),
                d.getString("format"),
                ExportJob.State.valueOf(d.getString("state")),
                d.getInteger("step"),
                d.getDate("createdAt").toInstant(),
                d.getString("error"));
    }
}
