package no.klagesak.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Keycloak 26 from {@code keycloak-quarkus-dist}, unpacked by the build, started in dev mode with the klagesak
 * realm imported (two demo tenants as Organizations, a user for every role in each).
 */
final class KeycloakServer {

    static final String REALM = "klagesak";

    private KeycloakServer() {}

    static ChildProcess start(Path root, Path dataDir, Path logDir) throws IOException, InterruptedException {
        Path home = home(root);
        Files.createDirectories(dataDir.resolve("keycloak"));
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/klagesak-realm.json")) {
            Files.copy(realm, imports.resolve("klagesak-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        ChildProcess keycloak = ChildProcess.start(
                "keycloak",
                List.of(
                        "bash",
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-port=" + Ports.KEYCLOAK,
                        "--import-realm",
                        // Keycloak's database lives with the stack's other data: deleting the data folder resets
                        // everything, and the realm file is imported again.
                        "--db-url=jdbc:h2:file:" + dataDir.resolve("keycloak/keycloakdb") + ";NON_KEYWORDS=VALUE"),
                Map.of(
                        "JAVA_HOME", System.getProperty("java.home"),
                        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                        // Without it a realm import on JDK 24+ dies with an IllegalAccessError.
                        "JAVA_OPTS_APPEND", "--add-opens java.base/java.lang=ALL-UNNAMED"),
                home,
                logDir);
        return keycloak;
    }

    static void awaitReady(ChildProcess keycloak) throws InterruptedException {
        keycloak.awaitHttp(issuer() + "/.well-known/openid-configuration", Duration.ofSeconds(240));
    }

    static String issuer() {
        return "http://localhost:" + Ports.KEYCLOAK + "/realms/" + REALM;
    }

    private static Path home(Path root) throws IOException {
        Path unpacked = root.resolve("local-stack/target/keycloak");
        if (!Files.isDirectory(unpacked)) {
            throw new IllegalStateException("Missing " + unpacked + ": build first with ./mvnw install -DskipTests");
        }
        try (Stream<Path> dirs = Files.list(unpacked)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("keycloak-"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No Keycloak in " + unpacked));
        }
    }
}
