package no.klagesak.intake.complaint.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits complaints sent through a tenant's public form, per source address and per tenant, so a flood at one tenant
 * is refused (429) there and leaves every other tenant's form as it was. The defaults are far above what a company
 * receives (the busiest routine expects a few a day) yet stop a script. The address is a key in memory for the length
 * of a window, never stored or logged.
 */
@Component
class SubmissionLimiter {

    private final FixedWindows windows;
    private volatile int perSource;
    private volatile int perTenant;

    SubmissionLimiter(
            @Value("${klagesak.intake.submissions.per-source:60}") int perSource,
            @Value("${klagesak.intake.submissions.per-tenant:300}") int perTenant,
            @Value("${klagesak.intake.submissions.window:10m}") Duration length,
            Clock clock) {
        this.windows = new FixedWindows(length, clock);
        this.perSource = perSource;
        this.perTenant = perTenant;
    }

    /** Other limits from now on, for a test that floods a tenant without waiting for a window to end. */
    void limits(int perSource, int perTenant) {
        this.perSource = perSource;
        this.perTenant = perTenant;
    }

    /** Counts one more complaint from the source to the tenant; how long to wait instead, when over a limit. */
    Optional<Duration> take(String source, String tenantId) {
        String sourceKey = "source:" + tenantId + ":" + source;
        String tenantKey = "tenant:" + tenantId;
        var blocked = windows.blockedFor(sourceKey, perSource).or(() -> windows.blockedFor(tenantKey, perTenant));
        if (blocked.isPresent()) return blocked;
        windows.count(sourceKey);
        windows.count(tenantKey);
        return Optional.empty();
    }
}
