package no.klagesak.localstack;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25: the images. compose's healthcheck is a probe the image's JVM runs (the image has no curl), run here as the
 * container would run it against a server that answers as the actuator does; and deploy/build-images.sh, run with a
 * stand-in for docker that records what it is asked, builds and pushes all seven images under one new tag and writes
 * exactly those into the overlay.
 */
class ImagesTest {

    private static final Path ROOT = LocalStack.findRoot();
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    @Test
    void the_healthcheck_probe_passes_on_200_and_fails_on_503_or_when_nothing_answers() throws Exception {
        var status = new AtomicInteger(200);
        HttpServer actuator = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        actuator.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        actuator.start();
        try {
            String port = String.valueOf(actuator.getAddress().getPort());
            assertThat(probe(port)).as("ready").isZero();
            status.set(503);
            assertThat(probe(port)).as("not ready").isEqualTo(1);
        } finally {
            actuator.stop(0);
        }
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThat(probe(String.valueOf(closed))).as("nothing listens").isEqualTo(1);
    }

    /** The probe as compose runs it, with the port from MANAGEMENT_PORT (here from source, as the JDK can). */
    private static int probe(String port) throws Exception {
        var builder = new ProcessBuilder(
                        JAVA, ROOT.resolve("deploy/docker/HealthProbe.java").toString())
                .redirectErrorStream(true);
        builder.environment().put("MANAGEMENT_PORT", port);
        Process process = builder.start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    @Test
    void one_command_builds_and_pushes_seven_images_under_one_tag_and_writes_them_into_the_overlay(@TempDir Path copy)
            throws Exception {
        Path overlay = inCopy(copy);
        Result result = run(copy, "registry.example.no/klagesak", "2026.12.1", "production");

        assertThat(result.exit()).as(result.output()).isZero();
        List<String> calls = Files.readAllLines(copy.resolve("docker-calls"));
        assertThat(calls.stream().filter(c -> c.startsWith("build "))).hasSize(7);
        assertThat(calls.stream().filter(c -> c.startsWith("push ")))
                .containsExactlyInAnyOrder(
                        "push registry.example.no/klagesak/web:2026.12.1",
                        "push registry.example.no/klagesak/intake-service:2026.12.1",
                        "push registry.example.no/klagesak/routing-service:2026.12.1",
                        "push registry.example.no/klagesak/notification-service:2026.12.1",
                        "push registry.example.no/klagesak/reporting-service:2026.12.1",
                        "push registry.example.no/klagesak/tenant-service:2026.12.1",
                        "push registry.example.no/klagesak/keycloak:2026.12.1");
        assertThat(calls)
                .contains("build -f deploy/keycloak/Dockerfile -t registry.example.no/klagesak/keycloak:2026.12.1 .");
        String images = Files.readString(overlay.resolve("images/kustomization.yaml"));
        assertThat(images)
                .contains("newName: registry.example.no/klagesak/tenant-service")
                .contains("newTag: \"2026.12.1\"")
                .contains("value: registry.example.no/klagesak/keycloak:2026.12.1");
    }

    @Test
    void a_snapshot_or_latest_tag_is_refused_and_nothing_is_built_or_written(@TempDir Path copy) throws Exception {
        Path overlay = inCopy(copy);
        for (String tag : List.of("0.1.0-SNAPSHOT", "latest")) {
            Result result = run(copy, "registry.example.no/klagesak", tag, "production");
            assertThat(result.exit()).isEqualTo(2);
            assertThat(result.output()).contains("cannot be used");
        }
        assertThat(copy.resolve("docker-calls")).doesNotExist();
        assertThat(overlay.resolve("images")).doesNotExist();
    }

    /** The script and an empty overlay in a scratch copy of the repository's layout, so the real overlay is untouched. */
    private static Path inCopy(Path copy) throws IOException {
        Files.createDirectories(copy.resolve("deploy"));
        Files.copy(ROOT.resolve("deploy/build-images.sh"), copy.resolve("deploy/build-images.sh"));
        copy.resolve("deploy/build-images.sh").toFile().setExecutable(true);
        Path overlay = Files.createDirectories(copy.resolve("k8s/overlays/production"));
        Path docker = copy.resolve("fake-docker");
        Files.writeString(docker, "#!/bin/sh\necho \"$*\" >> \"$(dirname \"$0\")/docker-calls\"\n");
        docker.toFile().setExecutable(true);
        return overlay;
    }

    private record Result(int exit, String output) {}

    private static Result run(Path copy, String... args) throws Exception {
        var command = new java.util.ArrayList<>(
                List.of("bash", copy.resolve("deploy/build-images.sh").toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DOCKER", copy.resolve("fake-docker").toString());
        builder.environment().put("SKIP_PACKAGE", "true");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
