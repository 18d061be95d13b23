package no.klagesak.reporting.statistics.export;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.klagesak.reporting.statistics.ExportJob;
import no.klagesak.reporting.statistics.ExportJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the exports asked for. A new job is started at once; every few seconds the worker also claims any job left
 * waiting, or left halfway by a replica that stopped, and forgets jobs older than a day.
 */
@Component
public class ExportWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ExportWorker.class);
    private static final Duration STALE = Duration.ofMinutes(2);

    private final ExportJobs jobs;
    private final AnnualReportExport export;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    ExportWorker(ExportJobs jobs, AnnualReportExport export) {
        this.jobs = jobs;
        this.export = export;
    }

    /** Starts the waiting jobs now, in the background. */
    public void nudge() {
        executor.submit(this::runWaiting);
    }

    @Scheduled(fixedDelayString = "${klagesak.reporting.export-check-every:5s}")
    void runWaiting() {
        for (var job = jobs.claim(STALE); job.isPresent(); job = jobs.claim(STALE)) {
            run(job.get());
        }
        jobs.forgetOlderThan(Duration.ofDays(1));
    }

    private void run(ExportJob job) {
        try {
            byte[] file = export.make(job.tenantId(), job.year(), job.format(), step -> jobs.step(job.id(), step));
            jobs.done(job.id(), file);
        } catch (RuntimeException e) {
            log.error("Export {} failed", job.id(), e);
            jobs.failed(job.id(), e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
