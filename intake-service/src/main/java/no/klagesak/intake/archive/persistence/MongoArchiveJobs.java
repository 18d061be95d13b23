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

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Sealer sealer;

    MongoArchiveJobs(MongoTemplate mongo, Clock clock, Sealer sealer) {
        this.mongo = mongo;
        this.clock = clock;
        this.sealer = sealer;
        mongo.indexOps(CHUNKS)
                .createIndex(new Index().on("jobId", Sort.Direction.ASC).on("n", Sort.Direction.ASC));
        mongo.indexOps(JOBS)
                .createIndex(new Index().on("tenantId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
    }

    @Override
    public ArchiveJob start(String tenantId, int year, String by) {
        Document unfinished = mongo.findOne(
                query(where("tenantId")
                        .is(tenantId)
                        .and("year")
                        .is(year)
                        .and("state")
                        .in("QUEUED", "WORKING")),
                Document.class,
                JOBS);
        if (unfinished != null) return read(unfinished);
        Date now = Date.from(clock.instant());
        Document job = new Document("_id", UUID.randomUUID().toString())
                .append("tenantId", tenantId)
                .append("year", year)
                .append("by", by)
                .append("state", ArchiveJob.State.QUEUED.name())
                .append("done", 0)
                .append("total", 0)
                .append("size", 0L)
                .append("createdAt", now)
                .append("touchedAt", now);
        mongo.insert(job, JOBS);
        return read(job);
    }

    @Override
    public Optional<ArchiveJob> claim(Duration stale) {
        return JobClaims.claim(mongo, JOBS, clock, stale, new Update().set("done", 0))
                .map(MongoArchiveJobs::read);
    }

    @Override
    public void progress(String id, int done, int total) {
        update(id, new Update().set("done", done).set("total", total));
    }

    @Override
    public void store(String id, List<String> complaintIds, Consumer<OutputStream> writer) {
        Document job = mongo.findOne(query(where("_id").is(id)), Document.class, JOBS);
        if (job == null) throw new IllegalStateException("No archive job " + id);
        // What a worker that stopped halfway left behind goes first.
        forgetChunks(List.of(id));
        var chunks = new SealedChunks(job.getString("tenantId"), id);
        try {
            writer.accept(chunks);
            chunks.finish();
        } catch (RuntimeException e) {
            forgetChunks(List.of(id));
            throw e;
        }
        Document row = mongo.findOne(query(where("_id").is(id)), Document.class, JOBS);
        int total = row == null ? 0 : row.getInteger("total", 0);
        update(
                id,
                new Update()
                        .set("state", "DONE")
                        .set("done", total)
                        .set("size", chunks.size)
                        .set("complaintIds", complaintIds));
    }

    @Override
    public List<String> complaintIds(String tenantId, String id) {
        Document job = mine(tenantId, id);
        return job == null ? List.of() : job.getList("complaintIds", String.class, List.of());
    }

    @Override
    public void failed(String id, String reason) {
        update(id, new Update().set("state", "FAILED").set("error", reason));
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
    public boolean copyFile(String tenantId, String id, OutputStream out) {
        Document job = mine(tenantId, id);
        if (job == null || !"DONE".equals(job.getString("state"))) return false;
        // Whole before a byte goes out: as many chunks as numbered, the last marked so. Each is checked again as it
        // is opened (its place and whether it is the last are sealed into it).
        long count = mongo.count(query(where("jobId").is(id)), CHUNKS);
        if (count == 0
                || !mongo.exists(
                        query(where("jobId")
                                .is(id)
                                .and("n")
                                .is((int) count - 1)
                                .and("last")
                                .is(true)),
                        CHUNKS)) {
            throw new IllegalStateException("Archive zip " + id + " is not whole");
        }
        var fields = sealer.in(tenantId, CHUNKS, id);
        int expected = 0;
        boolean last = false;
        try (var chunks = mongo.stream(query(where("jobId").is(id)).with(Sort.by("n")), Document.class, CHUNKS)) {
            for (var it = chunks.iterator(); it.hasNext(); ) {
                Document chunk = it.next();
                int n = chunk.getInteger("n");
                if (n != expected++ || last) throw new IllegalStateException("Archive zip " + id + " is not whole");
                last = chunk.getBoolean("last", false);
                out.write(fields.open(
                        field(n, last), chunk.get("content", Binary.class).getData()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!last) throw new IllegalStateException("Archive zip " + id + " is cut off");
        return true;
    }

    @Override
    public void forgetOlderThan(Duration age) {
        var old = query(where("createdAt").lt(Date.from(clock.instant().minus(age))));
        List<String> ids = mongo.find(old, Document.class, JOBS).stream()
                .map(d -> d.getString("_id"))
                .toList();
        if (ids.isEmpty()) return;
        forgetChunks(ids);
        mongo.remove(query(where("_id").in(ids)), JOBS);
    }

    private void forgetChunks(List<String> jobIds) {
        mongo.remove(query(where("jobId").in(jobIds)), CHUNKS);
    }

    private void update(String id, Update update) {
        mongo.updateFirst(query(where("_id").is(id)), update.set("touchedAt", Date.from(clock.instant())), JOBS);
    }

    private Document mine(String tenantId, String id) {
        return mongo.findOne(query(where("_id").is(id).and("tenantId").is(tenantId)), Document.class, JOBS);
    }

    /** Where a chunk's sealing binds it: its place in the file, and whether the file ends with it. */
    private static String field(int n, boolean last) {
        return "zip." + n + (last ? ".last" : "");
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
                d.getString("error"));
    }

    /** The zip as it is written: a megabyte at a time, sealed and stored; the last when the writer is done. */
    private final class SealedChunks extends OutputStream {

        private final String tenantId;
        private final String jobId;
        private final Sealer.Fields fields;
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        private int n;
        private long size;

        SealedChunks(String tenantId, String jobId) {
            this.tenantId = tenantId;
            this.jobId = jobId;
            this.fields = sealer.in(tenantId, CHUNKS, jobId);
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
                    new Document("_id", jobId + ":" + n)
                            .append("jobId", jobId)
                            .append("tenantId", tenantId)
                            .append("n", n)
                            .append("last", last)
                            .append("content", new Binary(fields.seal(field(n, last), plain))),
                    CHUNKS);
            size += filled;
            filled = 0;
            n++;
        }
    }
}
