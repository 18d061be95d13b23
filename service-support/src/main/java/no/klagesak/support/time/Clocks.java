package no.klagesak.support.time;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clock a service tells the time by: the system's, in UTC. A test stack may move it ahead with
 * {@code klagesak.clock.offset} (for instance {@code 15d}), so that a deadline or a day passes while a test watches
 * (the cluster tests of issue 12 in e2e-tests). Never set in production; a service whose clock is moved says so in its
 * log at start.
 */
public final class Clocks {

    private static final Logger log = LoggerFactory.getLogger(Clocks.class);

    private Clocks() {}

    public static Clock systemUtc(Duration offset) {
        if (offset.isZero()) return Clock.systemUTC();
        log.warn("This service's clock runs {} ahead of the system's (klagesak.clock.offset): for tests only", offset);
        return Clock.offset(Clock.systemUTC(), offset);
    }
}
