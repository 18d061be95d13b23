package no.klagesak.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RollUpPaceTest {

    private final AtomicLong now = new AtomicLong(1_000);

    private Runnable taking(long millis) {
        return () -> now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    private void after(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void aLongRoundIsFollowedByAProportionalRest() {
        RollUpPace pace = new RollUpPace(9, Duration.ofMinutes(1), now::get);

        assertThat(pace.run(taking(2_000))).isTrue();
        after(17_999);
        assertThat(pace.run(taking(10))).as("rests 9 × 2 s").isFalse();
        after(1);
        assertThat(pace.run(taking(10))).isTrue();
    }

    @Test
    void aShortRoundHardlyRests() {
        RollUpPace pace = new RollUpPace(9, Duration.ofMinutes(1), now::get);

        assertThat(pace.run(taking(5))).isTrue();
        after(45);
        assertThat(pace.run(taking(5))).isTrue();
    }

    @Test
    void aRoundThatRanIsNotRepeatedWhileSkipped() {
        RollUpPace pace = new RollUpPace(1, Duration.ofMinutes(1), now::get);
        AtomicLong rounds = new AtomicLong();

        pace.run(() -> {
            rounds.incrementAndGet();
            after(100);
        });
        for (int i = 0; i < 5; i++) {
            after(10);
            pace.run(rounds::incrementAndGet);
        }
        assertThat(rounds).hasValue(1);
        after(60);
        pace.run(rounds::incrementAndGet);
        assertThat(rounds).hasValue(2);
    }

    @Test
    void aBacklogRestsNoLongerThanTheLongestRest() {
        RollUpPace pace = new RollUpPace(9, Duration.ofSeconds(5), now::get);

        assertThat(pace.run(taking(60_000))).isTrue();
        after(4_999);
        assertThat(pace.run(taking(10))).isFalse();
        after(1);
        assertThat(pace.run(taking(10))).as("5 s, not 9 minutes").isTrue();
    }

    @Test
    void noRestRunsEveryTime() {
        RollUpPace pace = new RollUpPace(0, Duration.ofMinutes(1), now::get);

        assertThat(pace.run(taking(1_000))).isTrue();
        assertThat(pace.run(taking(1_000))).isTrue();
    }

    @Test
    void aNegativeRestIsRefused() {
        assertThatThrownBy(() -> new RollUpPace(-1, Duration.ofMinutes(1), now::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
