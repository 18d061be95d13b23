package no.klagesak.intake.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import no.klagesak.support.test.MovingClock;
import org.junit.jupiter.api.Test;

/** Wrong receipt codes are limited per source within a tenant, and per tenant across sources, in fixed windows. */
class GuessLimiterTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final GuessLimiter limiter =
            new GuessLimiter(3, 5, Duration.ofMinutes(15), TestStore.fresh(), TestStore.addresses(), clock);

    @Test
    void a_source_is_held_back_after_its_wrong_codes_until_the_window_ends() {
        for (int i = 0; i < 3; i++)
            assertThat(limiter.guess("10.0.0.1", "t").refused()).isEmpty();

        assertThat(limiter.guess("10.0.0.1", "t").refused()).hasValue(Duration.ofMinutes(15));
        assertThat(limiter.guess("10.0.0.2", "t").refused()).isEmpty();
        assertThat(limiter.guess("10.0.0.1", "other").refused()).isEmpty();

        clock.move(Duration.ofMinutes(15));
        assertThat(limiter.guess("10.0.0.1", "t").refused()).isEmpty();
    }

    @Test
    void a_tenant_is_held_back_when_many_sources_guess_together() {
        for (int i = 0; i < 5; i++) limiter.guess("10.0.1." + i, "t");

        assertThat(limiter.guess("10.0.2.1", "t").refused()).isPresent();
        assertThat(limiter.guess("10.0.2.1", "other").refused()).isEmpty();
    }

    @Test
    void a_right_code_is_not_counted_as_a_wrong_one() {
        for (int i = 0; i < 10; i++) limiter.guess("10.0.0.1", "t").notWrong();

        for (int i = 0; i < 3; i++)
            assertThat(limiter.guess("10.0.0.1", "t").refused()).isEmpty();
        assertThat(limiter.guess("10.0.0.1", "t").refused()).isPresent();
    }
}
