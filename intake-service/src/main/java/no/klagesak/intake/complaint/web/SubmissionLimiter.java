package no.klagesak.intake.complaint.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Limits complaints sent through a tenant's public form, per source address and per tenant, so a flood at one tenant
 * is refused (429) there and leaves every other tenant's form as it was. The defaults are far above what a company
 * receives (the busiest routine expects a few a day) yet stop a script. The counts are shared by every instance, in
 * MongoDB ({@link FixedWindows}, ADR 0021), so six instances allow what one does; the address is counted only as a
 * keyed hash ({@link SourceAddresses}), for the length of a window, and is never logged.
 *
 * <p>Within its limits, a tenant's complaints are also taken in turn: at most {@code concurrent-per-tenant} at once
 * (one by default), each waiting up to {@code turn-wait} for its turn, else 429. A public complaint costs a receipt
 * code's slow hash (about 200 ms of a core, ADR 0009), so without turns a flood at one tenant would take every core and
 * slow every other tenant's form; with them it takes at most that many cores (ADR 0015). The turns are per instance:
 * they share out an instance's cores, which are its own.
 */
@Component
class SubmissionLimiter {

    private final FixedWindows windows;
    private final SourceAddresses addresses;
    private volatile int perSource;
    private volatile int perTenant;
    private final int concurrentPerTenant;
    private final Duration turnWait;
    private final Map<String, Semaphore> turns = new ConcurrentHashMap<>();

    SubmissionLimiter(
            @Value("${klagesak.intake.submissions.per-source:60}") int perSource,
            @Value("${klagesak.intake.submissions.per-tenant:300}") int perTenant,
            @Value("${klagesak.intake.submissions.window:10m}") Duration length,
            @Value("${klagesak.intake.submissions.concurrent-per-tenant:1}") int concurrentPerTenant,
            @Value("${klagesak.intake.submissions.turn-wait:3s}") Duration turnWait,
            MongoTemplate mongo,
            SourceAddresses addresses,
            Clock clock) {
        this.windows = new FixedWindows(mongo, "submissions", length, clock);
        this.addresses = addresses;
        this.perSource = perSource;
        this.perTenant = perTenant;
        this.concurrentPerTenant = concurrentPerTenant;
        this.turnWait = turnWait;
    }

    /** Other limits from now on, for a test that floods a tenant without waiting for a window to end. */
    void limits(int perSource, int perTenant) {
        this.perSource = perSource;
        this.perTenant = perTenant;
    }

    /**
     * Does the work when it is the tenant's turn; empty when the turn did not come within the wait (nothing done). Only
     * for a tenant served here (the caller checks), so the turns are kept for known tenants only.
     */
    <T> Optional<T> inTurn(String tenantId, Supplier<T> work) {
        var semaphore = turns.computeIfAbsent(tenantId, t -> new Semaphore(concurrentPerTenant, true));
        try {
            if (!semaphore.tryAcquire(turnWait.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            semaphore.release();
        }
    }

    /**
     * Counts one more complaint from the source to the tenant; how long to wait instead, when over a limit. A complaint
     * refused by the source's limit is not counted against the tenant, and one refused by the tenant's limit is given
     * back to the source, as if it had not been sent.
     */
    Optional<Duration> take(String source, String tenantId) {
        var bySource = windows.count("source:" + tenantId + ":" + addresses.keyOf(tenantId, source));
        if (bySource.over(perSource)) return Optional.of(bySource.left());
        var byTenant = windows.count("tenant:" + tenantId);
        if (!byTenant.over(perTenant)) return Optional.empty();
        windows.giveBack(bySource);
        return Optional.of(byTenant.left());
    }
}
