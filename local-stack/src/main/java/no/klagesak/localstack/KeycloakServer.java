package no.klagesak.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Keycloak 26 from {@code keycloak-quarkus-dist}, unpacked by the build, started in dev mode with the klagesak
 * realm imported (two demo tenants as Organizations, a user for every role in each) and the product's theme
 * {@code klagesak} (login pages and e-mails in Norwegian Bokmål, Nynorsk and English) copied into its themes folder.
 */
final class KeycloakServer {

    static final String REALM = "klagesak";
    static final String THEME = "klagesak";

    private KeycloakServer() {}

    static ChildProcess start(Path root, Path dataDir, Path logDir) throws IOException, InterruptedException {
        Path home = home(root);
        Files.createDirectories(dataDir.resolve("keycloak"));
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/klagesak-realm.json")) {
            Files.copy(realm, imports.resolve("klagesak-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        copyTheme(home);
        ChildProcess keycloak = ChildProcess.start(
                "keycloak",
                List.of(
                        "bash",
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-port=" + Ports.KEYCLOAK,
                        "--import-realm",
                        // The theme is read afresh on every request, so a changed theme shows without a restart.
                        "--spi-theme--cache-themes=false",
                        "--spi-theme--cache-templates=false",
                        "--spi-theme--static-max-age=-1",
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

    /**
     * Replaces {@code themes/klagesak} in Keycloak's home with the theme on the classpath (target/classes, or the
     * jar), so no file of an earlier run is left behind. Keycloak's cache of compressed theme files goes too.
     */
    static void copyTheme(Path home) throws IOException {
        Path target = home.resolve("themes").resolve(THEME);
        deleteTree(target);
        deleteTree(home.resolve("data/tmp/kc-gzip-cache"));
        URI source;
        try {
            var url = KeycloakServer.class.getResource("/keycloak/themes/" + THEME + "/login/theme.properties");
            if (url == null) throw new IllegalStateException("No Keycloak theme " + THEME + " on the classpath");
            source = url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (source.getScheme().equals("jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(source, Map.of())) {
                copyTree(jar.getPath("/keycloak/themes/" + THEME), target);
            }
        } else {
            copyTree(Path.of(source).getParent().getParent(), target);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
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
