package no.klagesak.intake.archive.job;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.intake.archive.ArchiveJob;
import no.klagesak.intake.archive.ArchiveJobs;
import no.klagesak.intake.archive.Archiving;
import no.klagesak.intake.archive.NoarkExtract;
import no.klagesak.support.tenant.TenantCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the extracts asked for, one at a time per replica (a year's journals are held in memory while it is written).
 * A new job starts at once; every few seconds the worker also claims any job left waiting, or left halfway by a
 * replica that stopped, and forgets jobs older than a day with their zips. While it works it gives a sign of life
 * every half minute, also while it reads the year; a job taken up {@value #ATTEMPTS} times without ending fails.
 */
@Component
public class ArchiveWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ArchiveWorker.class);
    private static final Duration STALE = Duration.ofMinutes(2);
    private static final Duration SIGN_OF_LIFE = Duration.ofSeconds(30);
    static final int ATTEMPTS = 3;

    private final ArchiveJobs jobs;
    private final Archiving archiving;
    private final TenantCopy tenants;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor();

    ArchiveWorker(ArchiveJobs jobs, Archiving archiving, TenantCopy tenants) {
        this.jobs = jobs;
        this.archiving = archiving;
        this.tenants = tenants;
    }

    /** Starts the waiting jobs now, in the background. */
    public void nudge() {
        executor.execute(this::runWaiting);
    }

    @Scheduled(fixedDelayString = "${klagesak.intake.archive.check-every:5s}")
    synchronized void runWaiting() {
        try {
            for (var job = jobs.claim(STALE); job.isPresent(); job = jobs.claim(STALE)) {
                run(job.get());
            }
            jobs.forgetOlderThan(Duration.ofDays(1));
        } catch (RuntimeException e) {
            log.warn(
                    "Archive extracts not looked for this round: {}",
                    e.getClass().getName());
        }
    }

    /** The tenant as the archive names it, with its staff's names by user name (for each case's saksansvarlig). */
    private NoarkExtract.Creator creator(String tenantId) {
        var tenant = tenants.find(tenantId);
        Map<String, String> staff = new HashMap<>();
        tenant.ifPresent(t -> t.organisation().people().forEach(p -> {
            staff.put(p.id(), p.name());
            if (p.username() != null) staff.put(p.username(), p.name());
        }));
        return new NoarkExtract.Creator(
                tenantId, tenant.map(TenantSnapshot::name).orElse(tenantId), staff);
    }

    private void run(ArchiveJob attempt) {
        if (attempt.attempt() > ATTEMPTS) {
            log.error("Archive extract {} failed: taken up {} times without ending", attempt.id(), ATTEMPTS);
            jobs.failed(attempt, "attempts");
            return;
        }
        var alive = heartbeat.scheduleWithFixedDelay(
                () -> jobs.touch(attempt), SIGN_OF_LIFE.toSeconds(), SIGN_OF_LIFE.toSeconds(), TimeUnit.SECONDS);
        try {
            var extract = archiving.extract(creator(attempt.tenantId()), attempt.year(), attempt.by());
            var shown = new int[] {-1};
            boolean kept = jobs.store(
                    attempt,
                    extract.complaintIds(),
                    out -> extract.writeZip(out, (done, total) -> {
                        // The store is told at each whole percent, and at the start: a few hundred writes for any year.
                        int percent = (int) (100L * done / total);
                        if (percent != shown[0]) {
                            shown[0] = percent;
                            jobs.progress(attempt, done, total);
                        }
                    }));
            if (!kept)
                log.warn(
                        "Archive extract {}: attempt {} was overtaken, its zip dropped",
                        attempt.id(),
                        attempt.attempt());
        } catch (RuntimeException e) {
            // The exception's message may quote what it failed on, a complaint's words: its kind and place only.
            log.error(
                    "Archive extract {} failed: {} at {}",
                    attempt.id(),
                    e.getClass().getName(),
                    e.getStackTrace().length == 0 ? "?" : e.getStackTrace()[0]);
            jobs.failed(attempt, e.getClass().getSimpleName());
        } finally {
            alive.cancel(false);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        heartbeat.shutdownNow();
    }
}
