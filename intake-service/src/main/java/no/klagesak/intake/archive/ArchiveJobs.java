package no.klagesak.intake.archive;

import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The extracts asked for, each with its zip once made. A job is claimed by one worker at a time; one left halfway (the
 * service stopped) is claimed again after {@code stale}, so every extract ends as done or failed.
 */
public interface ArchiveJobs {

    /** A new job for the year; or the one already waiting or being made for it, so a second click makes no second. */
    ArchiveJob start(String tenantId, int year, String by);

    /** The oldest job waiting, or working without a sign of life for {@code stale}, now claimed by the caller. */
    Optional<ArchiveJob> claim(Duration stale);

    void progress(String id, int done, int total);

    /**
     * Keeps what {@code writer} writes as the job's zip, with the complaints whose cases it holds, and marks the job
     * done; when the writer fails, nothing of it is kept and the failure is thrown on.
     */
    void store(String id, List<String> complaintIds, Consumer<OutputStream> writer);

    /** The complaints whose cases the finished zip holds. */
    List<String> complaintIds(String tenantId, String id);

    void failed(String id, String reason);

    /** The tenant's job; empty for another tenant's. */
    Optional<ArchiveJob> find(String tenantId, String id);

    /** The tenant's jobs of the last day, the newest first. */
    List<ArchiveJob> recent(String tenantId);

    /** Copies the zip of the tenant's finished job to {@code out}; false when there is none. */
    boolean copyFile(String tenantId, String id, OutputStream out);

    /** Forgets jobs older than {@code age}, zips and all. */
    void forgetOlderThan(Duration age);
}
