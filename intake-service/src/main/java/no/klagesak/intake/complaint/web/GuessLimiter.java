package no.klagesak.intake.complaint.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits wrong receipt codes per source address and per tenant, in fixed windows kept in memory only: the address is
 * a key here for the length of a window and is never stored or logged. With several instances each counts its own;
 * the slow hash keeps every guess expensive regardless.
 */
@Component
class GuessLimiter {

    private static final int MAX_KEYS = 100_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int perSource;
    private final int perTenant;
    private final Duration length;
    private final Clock clock;

    GuessLimiter(
            @Value("${klagesak.intake.follow-up.wrong-codes-per-source:10}") int perSource,
            @Value("${klagesak.intake.follow-up.wrong-codes-per-tenant:200}") int perTenant,
            @Value("${klagesak.intake.follow-up.window:15m}") Duration length,
            Clock clock) {
        this.perSource = perSource;
        this.perTenant = perTenant;
        this.length = length;
        this.clock = clock;
    }

    /** When guessing is allowed again, or empty when it is allowed now. */
    Optional<Duration> blockedFor(String source, String tenantId) {
        Instant now = clock.instant();
        return over("source:" + tenantId + ":" + source, perSource, now)
                .or(() -> over("tenant:" + tenantId, perTenant, now));
    }

    void wrongCode(String source, String tenantId) {
        Instant now = clock.instant();
        if (windows.size() > MAX_KEYS) windows.values().removeIf(w -> w.endsBefore(now));
        count("source:" + tenantId + ":" + source, now);
        count("tenant:" + tenantId, now);
    }

    private void count(String key, Instant now) {
        windows.merge(
                key,
                new Window(now.plus(length), 1),
                (old, one) -> old.endsBefore(now) ? one : new Window(old.end(), old.failures() + 1));
    }

    private Optional<Duration> over(String key, int limit, Instant now) {
        Window window = windows.get(key);
        return window == null || window.endsBefore(now) || window.failures() < limit
                ? Optional.empty()
                : Optional.of(Duration.between(now, window.end()));
    }

    private record Window(Instant end, int failures) {
        boolean endsBefore(Instant now) {
            return !end.isAfter(now);
        }
    }
}
