package no.klagesak.reporting.statistics;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How often rolling up may run: after each round it rests a set multiple of the time the round took, at most
 * {@code longest}. A round costs in proportion to what changed since the last ({@link RollingUp}), so at a steady
 * flow rounds are short and so are the rests, and rolling up takes at most {@code 1 / (1 + rest)} of one thread. A
 * round longer than {@code longest / rest} (a backlog after a restart, a burst) is followed by a rest of only
 * {@code longest}, so the board is never kept waiting much longer than the backlog took; while such a backlog lasts,
 * rolling up takes more of the thread.
 */
public final class RollUpPace {

    private final double rest;
    private final long longest;
    private final LongSupplier nanoTime;
    private long notBefore;

    /**
     * {@code rest}: how many times as long as the last round took to wait before the next (0: no wait), but never more
     * than {@code longest}.
     */
    public RollUpPace(double rest, Duration longest, LongSupplier nanoTime) {
        if (rest < 0) throw new IllegalArgumentException("rest must be 0 or more: " + rest);
        this.rest = rest;
        this.longest = longest.toNanos();
        this.nanoTime = nanoTime;
        this.notBefore = nanoTime.getAsLong();
    }

    /** Runs the round unless the last one's rest has not passed; returns whether it ran. */
    public boolean run(Runnable round) {
        long start = nanoTime.getAsLong();
        if (start - notBefore < 0) return false;
        round.run();
        long end = nanoTime.getAsLong();
        notBefore = end + Math.min((long) ((end - start) * rest), longest);
        return true;
    }
}
