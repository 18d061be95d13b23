package no.klagesak.support.test;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * Points a service under test at its store, broker and the test issuer's keys, through the same variables as
 * production, and puts the test tenants on the tenant topic. The store and broker are the in-JVM stand-ins
 * (mongo-java-server, the embedded KRaft broker), or real MongoDB and Kafka containers when the build runs with
 * {@code -Ptestcontainers} ({@link Containers#wanted()}). Tokens come from the test issuer either way: the component
 * tests sign the tokens they need, forged ones included; {@link RealInfrastructure} tests use Keycloak's.
 */
public class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>(common());
        if (Containers.wanted()) {
            properties.put("MONGODB_URI", Containers.mongoUri());
            properties.put("spring.kafka.bootstrap-servers", Containers.kafkaBootstrapServers());
        } else {
            // The embedded broker started before this initializer (context customizers run first). Its address is
            // also in a JVM-wide system property, which the next context's broker overwrites: each context keeps
            // its own broker's address here, so a cached context and its tests go on using their broker.
            String kafka = context.getBeanFactory().containsSingleton(EmbeddedKafkaBroker.BEAN_NAME)
                    ? context.getBeanFactory()
                            .getBean(EmbeddedKafkaBroker.BEAN_NAME, EmbeddedKafkaBroker.class)
                            .getBrokersAsString()
                    : context.getEnvironment().getProperty("spring.kafka.bootstrap-servers");
            if (kafka != null) {
                properties.put("spring.kafka.bootstrap-servers", kafka);
                TestTenants.publish(kafka, TestTenants.fjordvekst(), TestTenants.lysheim());
            }
            properties.put("MONGODB_URI", InMemoryMongo.uri());
        }
        properties.put("KEYCLOAK_JWKS_URI", TestIssuer.shared().jwkSetUri());
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("klagesak-test-infrastructure", properties));
    }

    /** What every service under test gets, whatever it runs against. */
    static Map<String, Object> common() {
        return Map.of(
                // A database of its own per Spring context: contexts cached side by side in one test JVM share the
                // store's server, and each relays only its own outboxes (one relay per collection holds the lease).
                "spring.mongodb.database",
                "klagesak-${spring.application.name}-"
                        + java.util.UUID.randomUUID().toString().substring(0, 8),
                "ROUTING_SERVICE_URL",
                TestRouting.shared().url(),
                "klagesak.outbox.poll-interval",
                "50ms",
                // Wraps each tenant's data key in the services that seal content: a test key only.
                "KLAGESAK_MASTER_KEY",
                "dGVzdC1tYXN0ZXIta2V5LW5vdC1mb3ItcHJvZC11c2U=");
    }
}
