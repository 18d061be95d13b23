package no.klagesak.intake.archive.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import no.klagesak.intake.archive.ArchiveJob;
import no.klagesak.intake.archive.ArchiveJobs;
import no.klagesak.support.jobs.JobClaims;
import no.klagesak.support.sealing.Sealer;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One document per job in {@code archive_jobs}; its zip in {@code archive_chunks}, a megabyte per document (a year's
 * extract is tens of megabytes, MongoDB's limit per document 16). The zip holds complaints' words and names, so each
 * chunk is sealed with the tenant's key like the complaint itself, bound to its job, its place in the file and whether
 * it is the last: a chunk moved, dropped or cut off does not open.
 */
@Component
class MongoArchiveJobs implements ArchiveJobs {

    static final String JOBS = "archive_jobs";
    static final String CHUNKS = "archive_chunks";
    static final int CHUNK = 1 << 20;

    /** Set on a job while it waits or is made, as its tenant and year: unique, so one is made at a time. */
    private static final String ACTIVE = "active";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Sealer sealer;

    MongoArchiveJobs(MongoTemplate mongo, Clock clock, Sealer sealer) {
        this.mongo = mongo;
        this.clock = clock;
        this.sealer = sealer;
        mongo.indexOps(CHUNKS)
                .createIndex(new Index()
                        .on("jobId", Sort.Direction.ASC)
                        .on("attempt", Sort.Direction.ASC)
                        .on("n", Sort.Direction.ASC));
        mongo.indexOps(JOBS)
                .createIndex(new Index().on("tenantId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
        mongo.indexOps(JOBS)
                .createIndex(new Index().on(ACTIVE, Sort.Direction.ASC).unique().sparse());
    }

    @Override
    public ArchiveJob start(String tenantId, int year, String by) {
        String active = tenantId + ":" + year;
        for (int tries = 0; ; tries++) {
            Document unfinished = mongo.findOne(query(where(ACTIVE).is(active)), Document.class, JOBS);
            if (unfinished != null) return read(unfinished);
            Date now = Date.from(clock.instant());
            Document job = new Document("_id", UUID.randomUUID().toString())
                    .append("tenantId", tenantId)
                    .append("year", year)
                    .append("by", by)
                    .append("state", ArchiveJob.State.QUEUED.name())
                    .append(ACTIVE, active)
                    .append("done", 0)
                    .append("total", 0)
                    .append("size", 0L)
                    .append("attempt", 0)
                    .append("createdAt", now)
                    .append("touchedAt", now);
            try {
                mongo.insert(job, JOBS);
                return read(job);
            } catch (DuplicateKeyException askedAtTheSameMoment) {
                // The other ask's job is the one; read it (once more, should it have finished in between).
                if (tries == 1) throw askedAtTheSameMoment;
            }
        }
    }

    @Override
    public Optional<ArchiveJob> claim(Duration stale) {
        return JobClaims.claim(
                        mongo, JOBS, clock, stale, new Update().set("done", 0).inc("attempt", 1))
                .map(MongoArchiveJobs::read);
    }

    @Override
    public void touch(ArchiveJob attempt) {
        update(attempt, new Update());
    }

    @Override
    public void progress(ArchiveJob attempt, int done, int total) {
        update(attempt, new Update().set("done", done).set("total", total));
    }

    @Override
    public boolean store(ArchiveJob attempt, List<String> complaintIds, Consumer<OutputStream> writer) {
        var chunks = new SealedChunks(attempt);
        try {
            writer.accept(chunks);
            chunks.finish();
        } catch (RuntimeException e) {
            forgetChunks(attempt);
            throw e;
        }
        boolean held = update(
                attempt,
                new Update()
                        .set("state", "DONE")
                        .set("size", chunks.size)
                        .set("complaintIds", complaintIds)
                        .unset(ACTIVE));
        if (!held) {
            forgetChunks(attempt);
            return false;
        }
        // What earlier attempts wrote before they stopped goes now.
        mongo.remove(query(where("jobId").is(attempt.id()).and("attempt").ne(attempt.attempt())), CHUNKS);
        return true;
    }

    @Override
    public void failed(ArchiveJob attempt, String reason) {
        update(attempt, new Update().set("state", "FAILED").set("error", reason).unset(ACTIVE));
    }

    @Override
    public Optional<ArchiveJob> find(String tenantId, String id) {
        return Optional.ofNullable(mine(tenantId, id)).map(MongoArchiveJobs::read);
    }

    @Override
    public List<ArchiveJob> recent(String tenantId) {
        return mongo
                .find(
                        query(where("tenantId")
                                        .is(tenantId)
                                        .and("createdAt")
                                        .gte(Date.from(clock.instant().minus(Duration.ofDays(1)))))
                                .with(Sort.by(Sort.Direction.DESC, "createdAt"))
                                .limit(20),
                        Document.class,
                        JOBS)
                .stream()
                .map(MongoArchiveJobs::read)
                .toList();
    }

    @Override
    public Optional<Finished> finished(String tenantId, String id) {
        Document job = mine(tenantId, id);
        if (job == null || !"DONE".equals(job.getString("state"))) return Optional.empty();
        int attempt = job.getInteger("attempt", 0);
        long count = mongo.count(query(where("jobId").is(id).and("attempt").is(attempt)), CHUNKS);
        boolean whole = count > 0
                && mongo.exists(
                        query(where("jobId")
                                .is(id)
                                .and("attempt")
                                .is(attempt)
                                .and("n")
                                .is((int) count - 1)
                                .and("last")
                                .is(true)),
                        CHUNKS);
        return whole
                ? Optional.of(new Finished(read(job), job.getList("complaintIds", String.class, List.of())))
                : Optional.empty();
    }

    @Override
    public void copyFile(Finished finished, OutputStream out) {
        ArchiveJob job = finished.job();
        int attempt = job.attempt();
        // Each chunk is checked again as it is opened: its place and whether it is the last are sealed into it.
        var fields = sealer.in(job.tenantId(), CHUNKS, job.id());
        int expected = 0;
        boolean last = false;
        try (var chunks = mongo.stream(
                query(where("jobId").is(job.id()).and("attempt").is(attempt)).with(Sort.by("n")),
                Document.class,
                CHUNKS)) {
            for (var it = chunks.iterator(); it.hasNext(); ) {
                Document chunk = it.next();
                int n = chunk.getInteger("n");
                if (n != expected++ || last)
                    throw new IllegalStateException("Archive zip " + job.id() + " is not whole");
                last = chunk.getBoolean("last", false);
                out.write(fields.open(
                        field(attempt, n, last),
                        chunk.get("content", Binary.class).getData()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!last) throw new IllegalStateException("Archive zip " + job.id() + " is cut off");
    }

    @Override
    public void forgetOlderThan(Duration age) {
        var old = query(where("createdAt").lt(Date.from(clock.instant().minus(age))));
        List<String> ids = mongo.find(old, Document.class, JOBS).stream()
                .map(d -> d.getString("_id"))
                .toList();
        if (ids.isEmpty()) return;
        mongo.remove(query(where("jobId").in(ids)), CHUNKS);
        mongo.remove(query(where("_id").in(ids)), JOBS);
    }

    private void forgetChunks(ArchiveJob attempt) {
        mongo.remove(query(where("jobId").is(attempt.id()).and("attempt").is(attempt.attempt())), CHUNKS);
    }

    /** Changes the job while the attempt holds it, with a sign of life; false when another attempt holds it. */
    private boolean update(ArchiveJob attempt, Update update) {
        return mongo.updateFirst(
                                query(where("_id")
                                        .is(attempt.id())
                                        .and("attempt")
                                        .is(attempt.attempt())
                                        .and("state")
                                        .is("WORKING")),
                                update.set("touchedAt", Date.from(clock.instant())),
                                JOBS)
                        .getModifiedCount()
                > 0;
    }

    private Document mine(String tenantId, String id) {
        return mongo.findOne(query(where("_id").is(id).and("tenantId").is(tenantId)), Document.class, JOBS);
    }

    /** Where a chunk's sealing binds it: its attempt, its place in the file, and whether the file ends with it. */
    private static String field(int attempt, int n, boolean last) {
        return "zip." + attempt + "." + n + (last ? ".last" : "");
    }

    private static ArchiveJob read(Document d) {
        return new ArchiveJob(
                d.getString("_id"),
                d.getString("tenantId"),
                d.getInteger("year"),
                d.getString("by"),
                ArchiveJob.State.valueOf(d.getString("state")),
                d.getInteger("done", 0),
                d.getInteger("total", 0),
                d.getDate("createdAt").toInstant(),
                ((Number) d.getOrDefault("size", 0L)).longValue(),
                d.getInteger("attempt", 0),
                d.getString("error"));
    }

    /** The zip as it is written: a megabyte at a time, sealed and stored; the last when the writer is done. */
    private final class SealedChunks extends OutputStream {

        private final ArchiveJob attempt;
        private final Sealer.Fields fields;
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        private int n;
        private long size;

        SealedChunks(ArchiveJob attempt) {
            this.attempt = attempt;
            this.fields = sealer.in(attempt.tenantId(), CHUNKS, attempt.id());
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            while (length > 0) {
                if (filled == CHUNK) put(false);
                int taken = Math.min(length, CHUNK - filled);
                System.arraycopy(bytes, offset, buffer, filled, taken);
                filled += taken;
                offset += taken;
                length -= taken;
            }
        }

        void finish() {
            put(true);
        }

        private void put(boolean last) {
            byte[] plain = Arrays.copyOf(buffer, filled);
            mongo.insert(
                    new Document("_id", attempt.id() + ":" + attempt.attempt() + ":" + n)
                            .append("jobId", attempt.id())
                            .append("tenantId", attempt.tenantId())
                            .append("attempt", attempt.attempt())
                            .append("n", n)
                            .append("last", last)
                            .append("content", new Binary(fields.seal(field(attempt.attempt(), n, last), plain))),
                    CHUNKS);
            size += filled;
            filled = 0;
            n++;
        }
    }
}
