package no.klagesak.e2e;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * An open-model load: requests start at a constant rate whatever the earlier ones take, and each one's latency is
 * counted from when it was due to start, not from when it did. A system that falls behind therefore shows its queue in
 * the latencies instead of slowing the client down with it (no coordinated omission). Latencies go to an HdrHistogram.
 */
final class OpenLoad {

    /** What one run at one rate gave. */
    record Result(double targetPerSecond, double achievedPerSecond, long ok, long failed, Histogram latencies) {

        double millis(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1e6;
        }

        /** Kept the pace (95 % of the target rate achieved, counted to the last answer) and nothing failed. */
        boolean sustained() {
            return failed == 0 && achievedPerSecond >= 0.95 * targetPerSecond;
        }
    }

    private OpenLoad() {}

    /**
     * Starts {@code operation} {@code perSecond} times a second for {@code length}, then waits up to {@code drain} for
     * the last ones. The operation returns a future that completes true for success; it must not block.
     */
    static Result run(double perSecond, Duration length, Duration drain, Supplier<CompletableFuture<Boolean>> operation)
            throws InterruptedException {
        Recorder recorder = new Recorder(TimeUnit.MINUTES.toNanos(2), 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong pending = new AtomicLong();
        long interval = (long) (1e9 / perSecond);
        long count = (long) (length.toNanos() / interval);
        long start = System.nanoTime();
        for (long i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) LockSupport.parkNanos(wait);
            pending.incrementAndGet();
            CompletableFuture<Boolean> call;
            try {
                call = operation.get();
            } catch (RuntimeException e) {
                call = CompletableFuture.failedFuture(e);
            }
            call.whenComplete((success, error) -> {
                recorder.recordValue(Math.max(0, System.nanoTime() - due));
                if (error == null && Boolean.TRUE.equals(success)) ok.incrementAndGet();
                else failed.incrementAndGet();
                pending.decrementAndGet();
            });
        }
        long end = System.nanoTime() + drain.toNanos();
        while (pending.get() > 0 && System.nanoTime() < end) Thread.sleep(20);
        long elapsed = System.nanoTime() - start;
        failed.addAndGet(pending.get()); // not answered within the drain time
        return new Result(
                perSecond, ok.get() / (elapsed / 1e9), ok.get(), failed.get(), recorder.getIntervalHistogram());
    }
}
