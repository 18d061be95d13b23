package no.klagesak.intake.archive;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.support.tenant.TenantCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the extracts asked for. A new job starts at once; every few seconds the worker also claims any job left
 * waiting, or left halfway by a replica that stopped, and forgets jobs older than a day with their zips.
 */
@Component
public class ArchiveWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ArchiveWorker.class);
    private static final Duration STALE = Duration.ofMinutes(2);

    private final ArchiveJobs jobs;
    private final Archiving archiving;
    private final TenantCopy tenants;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    ArchiveWorker(ArchiveJobs jobs, Archiving archiving, TenantCopy tenants) {
        this.jobs = jobs;
        this.archiving = archiving;
        this.tenants = tenants;
    }

    /** Starts the waiting jobs now, in the background. */
    public void nudge() {
        executor.submit(this::runWaiting);
    }

    @Scheduled(fixedDelayString = "${klagesak.intake.archive.check-every:5s}")
    void runWaiting() {
        for (var job = jobs.claim(STALE); job.isPresent(); job = jobs.claim(STALE)) {
            run(job.get());
        }
        jobs.forgetOlderThan(Duration.ofDays(1));
    }

    private void run(ArchiveJob job) {
        try {
            String name = tenants.find(job.tenantId()).map(TenantSnapshot::name).orElse(job.tenantId());
            var extract = archiving.extract(job.tenantId(), name, job.year(), job.by());
            var shown = new int[] {-1};
            jobs.store(
                    job.id(),
                    extract.complaintIds(),
                    out -> extract.writeZip(out, (done, total) -> {
                        // The store is told at each whole percent, and at the start: a few hundred writes for any year.
                        int percent = (int) (100L * done / total);
                        if (percent != shown[0]) {
                            shown[0] = percent;
                            jobs.progress(job.id(), done, total);
                        }
                    }));
        } catch (RuntimeException e) {
            // The exception's message may quote what it failed on, a complaint's words: its kind and place only.
            log.error(
                    "Archive extract {} failed: {} at {}",
                    job.id(),
                    e.getClass().getName(),
                    e.getStackTrace().length == 0 ? "?" : e.getStackTrace()[0]);
            jobs.failed(job.id(), e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
