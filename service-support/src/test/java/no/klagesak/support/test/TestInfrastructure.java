package no.klagesak.support.test;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service under test at the in-JVM store and the test issuer's keys, through the same variables as
 * production, and puts the test tenants on the tenant topic.
 */
public class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // The embedded broker started before this initializer (context customizers run first).
        String kafka = context.getEnvironment().getProperty("spring.kafka.bootstrap-servers");
        if (kafka != null) {
            TestTenants.publish(kafka, TestTenants.fjordvekst(), TestTenants.lysheim());
        }
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "klagesak-test-infrastructure",
                        Map.of(
                                "MONGODB_URI", InMemoryMongo.uri(),
                                "KEYCLOAK_JWKS_URI", TestIssuer.shared().jwkSetUri(),
                                "ROUTING_SERVICE_URL", TestRouting.shared().url(),
                                "klagesak.outbox.poll-interval", "50ms",
                                // Wraps each tenant's data key in the services that seal content: a test key only.
                                "KLAGESAK_MASTER_KEY", "dGVzdC1tYXN0ZXIta2V5LW5vdC1mb3ItcHJvZC11c2U=")));
    }
}
