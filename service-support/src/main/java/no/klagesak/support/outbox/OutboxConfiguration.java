package no.klagesak.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import no.klagesak.support.messaging.KafkaEventPublisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the outbox relay in services that name the collections holding outboxes ({@code klagesak.outbox.collections}). */
@AutoConfiguration
@EnableScheduling
@ConditionalOnProperty("klagesak.outbox.collections")
@ConditionalOnClass(
        name = {
            "org.springframework.cloud.stream.function.StreamBridge",
            "org.springframework.data.mongodb.core.MongoTemplate"
        })
public class OutboxConfiguration {

    @Bean
    EventPublisher eventPublisher(StreamBridge streamBridge, @Value("${spring.application.name}") String source) {
        return new KafkaEventPublisher(streamBridge, source);
    }

    @Bean
    OutboxRelay outboxRelay(
            MongoTemplate mongo,
            @Value("${klagesak.outbox.collections}") List<String> collections,
            EventPublisher publisher,
            MeterRegistry meters,
            ObjectProvider<Tracer> tracer,
            ObjectProvider<Propagator> propagator,
            @Value("${klagesak.outbox.lease:15s}") Duration leaseLength) {
        return new OutboxRelay(
                mongo,
                collections,
                publisher,
                meters,
                tracer.getIfAvailable(),
                propagator.getIfAvailable(),
                new OutboxLease(mongo, leaseLength, Clock.systemUTC()));
    }
}
