package no.klagesak.support.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.klagesak.contracts.Topics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

/**
 * A service started whole on a random port, against a real Kafka broker in KRaft mode (embedded), the
 * Mongo-compatible store, and a real JWK set for token validation. The test tenants ({@link TestTenants}) are on
 * the tenant topic before the service starts. With {@code -Ptestcontainers} the same tests run against real MongoDB and
 * Kafka containers instead ({@link TestInfrastructure}).
 */
@Target(ElementType.TYPE)
@org.junit.jupiter.api.Tag("component")
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(
        partitions = 3,
        topics = {Topics.COMPLAINT_EVENTS, Topics.TENANTS},
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = TestInfrastructure.class)
public @interface ComponentTest {}
