package no.klagesak.support.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * A service started whole against a real MongoDB replica set and a real Kafka broker in containers. Runs where Docker
 * exists (also alone: {@code ./mvnw verify -Ptestcontainers}); skipped with a printed reason elsewhere. A test class
 * adds a {@code @DynamicPropertySource} that calls {@link Containers#register}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("testcontainers")
@ExtendWith(DockerRequired.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface RealInfrastructure {

    /** The containers, started once per test JVM and only when a test needs them. */
    final class Containers {

        private static MongoDBContainer mongo;
        private static KafkaContainer kafka;

        private Containers() {}

        public static synchronized void register(DynamicPropertyRegistry registry) {
            if (mongo == null) {
                mongo = new MongoDBContainer("mongo:8.0");
                kafka = new KafkaContainer("apache/kafka-native:4.1.1");
                mongo.start();
                kafka.start();
            }
            registry.add("MONGODB_URI", mongo::getReplicaSetUrl);
            registry.add("spring.kafka.bootstrap-servers", kafka::getBootstrapServers);
            registry.add("KEYCLOAK_JWKS_URI", () -> TestIssuer.shared().jwkSetUri());
        }

        public static String kafkaBootstrapServers() {
            return kafka.getBootstrapServers();
        }
    }
}
