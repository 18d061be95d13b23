package no.klagesak.reporting;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import no.klagesak.reporting.statistics.CountingComplaints;
import no.klagesak.reporting.statistics.Facts;
import no.klagesak.reporting.statistics.RecordingEvents;
import no.klagesak.reporting.statistics.RollUpPace;
import no.klagesak.reporting.statistics.RollingUp;
import no.klagesak.reporting.statistics.Rollups;
import no.klagesak.reporting.statistics.SurveyAnswers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Explicit wiring of the domain's plain classes, and the rolling up that keeps the dashboards' rollups current. */
@Configuration
@EnableScheduling
class ReportingConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CountingComplaints countingComplaints(Facts facts) {
        return new CountingComplaints(facts);
    }

    @Bean
    RecordingEvents recordingEvents(CountingComplaints counting, SurveyAnswers surveys, Facts facts) {
        return new RecordingEvents(counting, surveys, facts);
    }

    @Bean
    RollingUp rollingUp(Facts facts, SurveyAnswers surveys, Rollups rollups, MeterRegistry meters, Clock clock) {
        Gauge.builder(
                        "klagesak.reporting.rollup.behind",
                        rollups,
                        r -> r.behindSince()
                                .map(since ->
                                        Duration.between(since, clock.instant()).toMillis() / 1000.0)
                                .orElse(0.0))
                .description("Seconds the oldest change to the facts has waited to be rolled up; 0 when up to date")
                .baseUnit("seconds")
                .register(meters);
        return new RollingUp(facts, surveys, rollups);
    }

    @Bean
    @Profile("!rebuild")
    RollUpSchedule rollUpSchedule(
            RollingUp rollingUp,
            Clock clock,
            @Value("${klagesak.reporting.roll-up-rest:9}") double rest,
            @Value("${klagesak.reporting.roll-up-longest-rest:5s}") Duration longestRest,
            MeterRegistry meters) {
        Timer rounds = Timer.builder("klagesak.reporting.rollup.round")
                .description("How long a round of rolling up took: one pass, more while there is a backlog")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
        return new RollUpSchedule(rollingUp, new RollUpPace(rest, longestRest, System::nanoTime), clock, rounds);
    }

    /**
     * Every second, the minutes, hours and months whose facts changed are rolled up again; after a long round, not
     * before it has rested nine times as long, at most 5 s ({@link RollUpPace}, {@code klagesak.reporting.roll-up-rest},
     * {@code klagesak.reporting.roll-up-longest-rest}).
     */
    static class RollUpSchedule {

        private static final Logger log = LoggerFactory.getLogger(RollUpSchedule.class);

        private final RollingUp rollingUp;
        private final RollUpPace pace;
        private final Clock clock;
        private final Timer rounds;
        private boolean upgraded;

        RollUpSchedule(RollingUp rollingUp, RollUpPace pace, Clock clock, Timer rounds) {
            this.rollingUp = rollingUp;
            this.pace = pace;
            this.clock = clock;
            this.rounds = rounds;
        }

        @Scheduled(fixedDelayString = "${klagesak.reporting.roll-up-every:1s}")
        void rollUp() {
            if (!upgraded) {
                // Before the first round: a store from the release that kept months only gets its minutes and hours.
                if (rollingUp.partsAfterUpgrade(clock.instant())) {
                    log.info("Rolled every month up again from its facts, now through minutes and hours");
                }
                upgraded = true;
            }
            pace.run(() -> rounds.record(rollingUp::round));
        }
    }
}
