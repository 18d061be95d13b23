package no.klagesak.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** Watches Kafka in every service that uses it ({@link BrokerWatch}); the web application does not. */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.cloud.stream.function.StreamBridge")
public class BrokerWatchConfiguration {

    @Bean
    BrokerWatch brokerWatch(
            @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
            @Value("${klagesak.kafka.watch-interval:5s}") Duration interval,
            ObjectProvider<MeterRegistry> meters) {
        return new BrokerWatch(
                bootstrapServers, interval, Clock.systemUTC(), meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
