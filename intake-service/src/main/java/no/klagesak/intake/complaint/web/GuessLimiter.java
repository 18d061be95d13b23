package no.klagesak.intake.complaint.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits wrong receipt codes per source address and per tenant (ADR 0009). The address is a key in memory for the
 * length of a window and is never stored or logged; the slow hash keeps every guess expensive regardless.
 */
@Component
class GuessLimiter {

    private final FixedWindows windows;
    private final int perSource;
    private final int perTenant;

    GuessLimiter(
            @Value("${klagesak.intake.follow-up.wrong-codes-per-source:10}") int perSource,
            @Value("${klagesak.intake.follow-up.wrong-codes-per-tenant:200}") int perTenant,
            @Value("${klagesak.intake.follow-up.window:15m}") Duration length,
            Clock clock) {
        this.windows = new FixedWindows(length, clock);
        this.perSource = perSource;
        this.perTenant = perTenant;
    }

    /** When guessing is allowed again, or empty when it is allowed now. */
    Optional<Duration> blockedFor(String source, String tenantId) {
        return windows.blockedFor("source:" + tenantId + ":" + source, perSource)
                .or(() -> windows.blockedFor("tenant:" + tenantId, perTenant));
    }

    void wrongCode(String source, String tenantId) {
        windows.count("source:" + tenantId + ":" + source);
        windows.count("tenant:" + tenantId);
    }
}
