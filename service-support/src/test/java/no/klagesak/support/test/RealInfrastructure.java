package no.klagesak.support.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * A service started whole against a real MongoDB replica set and a real Kafka broker in containers. Runs where Docker
 * exists (also alone: {@code ./mvnw verify -Ptestcontainers}); skipped with a printed reason elsewhere.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("testcontainers")
@ExtendWith(DockerRequired.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructure.Containers.class)
public @interface RealInfrastructure {

    /** Starts the containers, once per test JVM and only when a test needs them, and points the service at them. */
    final class Containers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static MongoDBContainer mongo;
        private static KafkaContainer kafka;

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            synchronized (Containers.class) {
                if (mongo == null) {
                    mongo = new MongoDBContainer("mongo:8.0");
                    kafka = new KafkaContainer("apache/kafka-native:4.1.1");
                    mongo.start();
                    kafka.start();
                    TestTenants.publish(kafka.getBootstrapServers(), TestTenants.fjordvekst(), TestTenants.lysheim());
                }
            }
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "klagesak-real-infrastructure",
                            Map.of(
                                    "MONGODB_URI", mongo.getReplicaSetUrl(),
                                    "spring.kafka.bootstrap-servers", kafka.getBootstrapServers(),
                                    "KEYCLOAK_JWKS_URI", TestIssuer.shared().jwkSetUri())));
        }

        public static String kafkaBootstrapServers() {
            return kafka.getBootstrapServers();
        }
    }
}
