package no.klagesak.reporting.statistics;

import java.util.function.LongSupplier;

/**
 * How often rolling up may run: after each round it rests a set multiple of the time the round took. A month is
 * computed again whole from its facts, so a round costs in proportion to the busiest month's complaints; paced like
 * this, rolling up takes at most {@code 1 / (1 + rest)} of one thread whatever the month holds, a small tenant's
 * rollups stay a second behind, and a tenant with a million complaints a month waits longer rather than taking the
 * service's cores from counting the events.
 */
public final class RollUpPace {

    private final double rest;
    private final LongSupplier nanoTime;
    private long notBefore;

    /** {@code rest}: how many times as long as the last round took to wait before the next (0: no wait). */
    public RollUpPace(double rest, LongSupplier nanoTime) {
        if (rest < 0) throw new IllegalArgumentException("rest must be 0 or more: " + rest);
        this.rest = rest;
        this.nanoTime = nanoTime;
        this.notBefore = nanoTime.getAsLong();
    }

    /** Runs the round unless the last one's rest has not passed; returns whether it ran. */
    public boolean run(Runnable round) {
        long start = nanoTime.getAsLong();
        if (start - notBefore < 0) return false;
        round.run();
        long end = nanoTime.getAsLong();
        notBefore = end + (long) ((end - start) * rest);
        return true;
    }
}
