package no.klagesak.reporting.statistics.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import no.klagesak.reporting.statistics.RecordingEvents;
import no.klagesak.support.messaging.InboundEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration
class ComplaintEventsListener {

    /**
     * Each event into the facts. {@code klagesak.reporting.event.lag} times how long after it occurred an event was
     * counted; {@code klagesak.reporting.rollup.behind} (seconds) how long the oldest change waits for its rollup.
     */
    @Bean
    Consumer<Message<byte[]>> complaintEvents(RecordingEvents recording, MeterRegistry meters, Clock clock) {
        Timer lag = Timer.builder("klagesak.reporting.event.lag")
                .description("From when an event occurred until reporting-service counted it")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
        return message -> InboundEvents.handle(message, event -> {
            recording.apply(event);
            lag.record(Duration.between(event.occurredAt(), clock.instant()).abs());
        });
    }
}
