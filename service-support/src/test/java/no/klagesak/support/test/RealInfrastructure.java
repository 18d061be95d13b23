package no.klagesak.support.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * A service started whole against a real MongoDB replica set, a real Kafka broker and a real Keycloak in containers
 * ({@link Containers}); its tokens come from Keycloak ({@link Containers#token}). Runs where Docker exists (also
 * alone: {@code ./mvnw verify -Ptestcontainers}); skipped with a printed reason elsewhere.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("testcontainers")
@ExtendWith(DockerRequired.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructure.Infrastructure.class)
public @interface RealInfrastructure {

    /** Points the service at the containers, Keycloak included. */
    final class Infrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> properties = new HashMap<>(TestInfrastructure.common());
            properties.put("MONGODB_URI", Containers.mongoUri());
            properties.put("spring.kafka.bootstrap-servers", Containers.kafkaBootstrapServers());
            String issuer = Containers.keycloakIssuer();
            properties.put("KEYCLOAK_ISSUER", issuer);
            properties.put("KEYCLOAK_JWKS_URI", issuer + "/protocol/openid-connect/certs");
            properties.put("KEYCLOAK_INTERNAL_URL", issuer.substring(0, issuer.indexOf("/realms/")));
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("klagesak-real-infrastructure", properties));
        }
    }
}
