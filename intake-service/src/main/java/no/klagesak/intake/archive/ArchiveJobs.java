package no.klagesak.intake.archive;

import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The extracts asked for, each with its zip once made. A job is claimed by one worker at a time, for one attempt; one
 * left without a sign of life for {@code stale} (the service stopped) is claimed again as a new attempt, and what the
 * earlier attempt still does is no longer taken: every extract ends as done or failed, with one whole zip.
 */
public interface ArchiveJobs {

    /**
     * A new job for the year; or the one already waiting or being made for it, so a second click, also at the same
     * moment, makes no second.
     */
    ArchiveJob start(String tenantId, int year, String by);

    /** The oldest job waiting, or working without a sign of life for {@code stale}, now claimed as a new attempt. */
    Optional<ArchiveJob> claim(Duration stale);

    /** A sign of life of the attempt, while it works between steps. */
    void touch(ArchiveJob attempt);

    void progress(ArchiveJob attempt, int done, int total);

    /**
     * Keeps what {@code writer} writes as the attempt's zip, with the complaints whose cases it holds, and marks the job
     * done; false, and nothing kept, when another attempt holds the job by then. When the writer fails, nothing of it is
     * kept and the failure is thrown on.
     */
    boolean store(ArchiveJob attempt, List<String> complaintIds, Consumer<OutputStream> writer);

    /** The attempt failed: so does the job, unless another attempt holds it by then. */
    void failed(ArchiveJob attempt, String reason);

    /** The tenant's job; empty for another tenant's. */
    Optional<ArchiveJob> find(String tenantId, String id);

    /** The tenant's jobs of the last day, the newest first. */
    List<ArchiveJob> recent(String tenantId);

    /** A finished job whose zip is all there, with the complaints whose cases it holds. */
    record Finished(ArchiveJob job, List<String> complaintIds) {}

    /**
     * The tenant's job if it is done and its zip all there (every chunk of its attempt, the last marked so), read once;
     * empty for one not done, another tenant's, or a zip not whole.
     */
    Optional<Finished> finished(String tenantId, String id);

    /**
     * Copies the zip of a finished job, the attempt it was found whole with, to {@code out}; each chunk is checked as it
     * is opened, and a zip found cut off throws.
     */
    void copyFile(Finished finished, OutputStream out);

    /** Forgets jobs older than {@code age}, zips and all. */
    void forgetOlderThan(Duration age);
}
