package no.klagesak.reporting;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import no.klagesak.reporting.statistics.CountingComplaints;
import no.klagesak.reporting.statistics.Facts;
import no.klagesak.reporting.statistics.RecordingEvents;
import no.klagesak.reporting.statistics.RollUpPace;
import no.klagesak.reporting.statistics.RollingUp;
import no.klagesak.reporting.statistics.Rollups;
import no.klagesak.reporting.statistics.SurveyAnswers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
    RollUpSchedule rollUpSchedule(RollingUp rollingUp, @Value("${klagesak.reporting.roll-up-rest:9}") double rest) {
        return new RollUpSchedule(rollingUp, new RollUpPace(rest, System::nanoTime));
    }

    /**
     * Every second, the months whose facts changed are rolled up again; after a long round, not before it has rested
     * nine times as long ({@link RollUpPace}, {@code klagesak.reporting.roll-up-rest}).
     */
    static class RollUpSchedule {

        private final RollingUp rollingUp;
        private final RollUpPace pace;

        RollUpSchedule(RollingUp rollingUp, RollUpPace pace) {
            this.rollingUp = rollingUp;
            this.pace = pace;
        }

        @Scheduled(fixedDelayString = "${klagesak.reporting.roll-up-every:1s}")
        void rollUp() {
            pace.run(rollingUp::all);
        }
    }
}
