package no.klagesak.reporting.statistics;

import java.time.Duration;
import java.util.Optional;

/**
 * The stored exports. A job is claimed by one worker at a time; one that stopped halfway (the service was restarted)
 * is claimed again after {@code stale}, so every export ends as done or failed.
 */
public interface ExportJobs {

    ExportJob create(String tenantId, int year, String format);

    /** The oldest job waiting, or working without a sign of life for {@code stale}, now claimed by the caller. */
    Optional<ExportJob> claim(Duration stale);

    void step(String id, int step);

    void done(String id, byte[] file);

    void failed(String id, String reason);

    /** The tenant's job; empty for another tenant's. */
    Optional<ExportJob> find(String tenantId, String id);

    /** The finished file of the tenant's job. */
    Optional<byte[]> file(String tenantId, String id);

    /** Forgets jobs older than {@code age}, files and all. */
    void forgetOlderThan(Duration age);
}
