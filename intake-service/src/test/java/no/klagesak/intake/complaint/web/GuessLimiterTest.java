package no.klagesak.intake.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Wrong receipt codes are limited per source within a tenant, and per tenant across sources, in fixed windows. */
class GuessLimiterTest {

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final GuessLimiter limiter = new GuessLimiter(3, 5, Duration.ofMinutes(15), clock);

    @Test
    void a_source_is_held_back_after_its_wrong_codes_until_the_window_ends() {
        for (int i = 0; i < 3; i++) limiter.wrongCode("10.0.0.1", "t");

        assertThat(limiter.blockedFor("10.0.0.1", "t")).hasValue(Duration.ofMinutes(15));
        assertThat(limiter.blockedFor("10.0.0.2", "t")).isEmpty();
        assertThat(limiter.blockedFor("10.0.0.1", "other")).isEmpty();

        now = now.plus(Duration.ofMinutes(15));
        assertThat(limiter.blockedFor("10.0.0.1", "t")).isEmpty();
    }

    @Test
    void a_tenant_is_held_back_when_many_sources_guess_together() {
        for (int i = 0; i < 5; i++) limiter.wrongCode("10.0.1." + i, "t");

        assertThat(limiter.blockedFor("10.0.2.1", "t")).isPresent();
        assertThat(limiter.blockedFor("10.0.2.1", "other")).isEmpty();
    }
}
