package no.klagesak.intake.complaint.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts per key in fixed windows, in memory only: a key is kept for the length of its window and never stored or
 * logged. With several instances each counts its own. At most {@value #MAX_KEYS} keys; ended windows are dropped
 * first when there are more.
 */
final class FixedWindows {

    private static final int MAX_KEYS = 100_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Duration length;
    private final Clock clock;

    FixedWindows(Duration length, Clock clock) {
        this.length = length;
        this.clock = clock;
    }

    /** How long until the key's window ends, when it has reached {@code limit}; empty while under it. */
    Optional<Duration> blockedFor(String key, int limit) {
        Instant now = clock.instant();
        Window window = windows.get(key);
        return window == null || window.endsBefore(now) || window.count() < limit
                ? Optional.empty()
                : Optional.of(Duration.between(now, window.end()));
    }

    void count(String key) {
        Instant now = clock.instant();
        if (windows.size() > MAX_KEYS) windows.values().removeIf(w -> w.endsBefore(now));
        windows.merge(
                key,
                new Window(now.plus(length), 1),
                (old, one) -> old.endsBefore(now) ? one : new Window(old.end(), old.count() + 1));
    }

    private record Window(Instant end, int count) {
        boolean endsBefore(Instant now) {
            return !end.isAfter(now);
        }
    }
}
