package no.klagesak.support.test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.klagesak.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.MountableFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real MongoDB (a replica set), Kafka and Keycloak in containers, each started once per test JVM on first use. Used by
 * {@link RealInfrastructure} tests, and by every {@link ComponentTest} when the build runs with {@code -Ptestcontainers}
 * (system property {@value #PROPERTY} = {@code containers}). Needs a Docker engine.
 */
public final class Containers {

    /** {@code containers} runs the component tests against these containers instead of the in-JVM stand-ins. */
    public static final String PROPERTY = "klagesak.test.infrastructure";

    private static final String REALM_FILE = "local-stack/src/main/resources/keycloak/klagesak-realm.json";
    private static final int KEYCLOAK_PORT = 8080;

    private static MongoDBContainer mongo;
    private static KafkaContainer kafka;
    private static GenericContainer<?> keycloak;

    private Containers() {}

    /** Whether this test JVM runs the component tests against containers. */
    public static boolean wanted() {
        boolean wanted = "containers".equals(System.getProperty(PROPERTY));
        if (wanted && !DockerRequired.isDockerAvailable()) {
            throw new IllegalStateException(
                    "-Ptestcontainers runs the component tests against containers, but no Docker engine answers here");
        }
        return wanted;
    }

    /** A single-member replica set, as production's members speak (MongoDB 8). */
    public static synchronized String mongoUri() {
        if (mongo == null) {
            mongo = new MongoDBContainer("mongo:8.0");
            mongo.start();
        }
        return mongo.getReplicaSetUrl();
    }

    /** Kafka 4.1 in KRaft mode, with the topics as production has them and the test tenants on the tenant topic. */
    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = new KafkaContainer("apache/kafka-native:4.1.1");
            kafka.start();
            try (Admin admin =
                    Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers()))) {
                admin.createTopics(List.of(
                                new NewTopic(Topics.COMPLAINT_EVENTS, 3, (short) 1),
                                new NewTopic(Topics.TENANTS, 3, (short) 1)
                                        .configs(Map.of("cleanup.policy", "compact"))))
                        .all()
                        .get();
            } catch (Exception e) {
                throw new IllegalStateException("Could not create the topics in the Kafka container", e);
            }
            TestTenants.publish(kafka.getBootstrapServers(), TestTenants.fjordvekst(), TestTenants.lysheim());
        }
        return kafka.getBootstrapServers();
    }

    /** Keycloak 26 with the local stack's realm (its demo users and clients) imported. */
    public static synchronized String keycloakIssuer() {
        if (keycloak == null) {
            keycloak = new GenericContainer<>("quay.io/keycloak/keycloak:26.4.7")
                    .withCommand("start-dev", "--import-realm")
                    .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                    .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
                    .withCopyFileToContainer(
                            MountableFile.forHostPath(realmFile()), "/opt/keycloak/data/import/klagesak-realm.json")
                    .withExposedPorts(KEYCLOAK_PORT)
                    .waitingFor(Wait.forHttp("/realms/klagesak/.well-known/openid-configuration")
                            .forPort(KEYCLOAK_PORT)
                            .withStartupTimeout(Duration.ofMinutes(4)));
            keycloak.start();
        }
        return "http://" + keycloak.getHost() + ":" + keycloak.getMappedPort(KEYCLOAK_PORT) + "/realms/klagesak";
    }

    /** A demo user's access token from the Keycloak container (password grant of the local-only CLI client). */
    public static String token(String username) {
        String form = "grant_type=password&client_id=klagesak-cli&password=demo&scope="
                + URLEncoder.encode("openid organization", StandardCharsets.UTF_8)
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(keycloakIssuer() + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No token for " + username + ": " + response.body());
            }
            return JsonMapper.builder()
                    .build()
                    .readTree(response.body())
                    .get("access_token")
                    .asString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The realm file, found from a module's directory (where the tests run) or the repository's root. */
    private static Path realmFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(REALM_FILE);
            if (Files.isRegularFile(candidate)) return candidate;
        }
        throw new IllegalStateException(
                "No " + REALM_FILE + " above " + Path.of("").toAbsolutePath());
    }
}
