package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import no.klagesak.localstack.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The rebuild command of the README on the local stack: reporting-service's jar with the profile {@code rebuild}
 * reads the topic from the start into a fresh store and exits, and the board's numbers are the same as before.
 */
@ExtendWith(RunningPlatform.class)
class StatisticsRebuildE2ETest {

    @Test
    void rebuilding_the_statistics_from_the_topic_gives_the_same_dashboard() throws Exception {
        String board = RunningPlatform.token("fjordvekst-board");
        long earlier = dashboard(board).at("/counts/total").asLong();
        var sent = post("http://localhost:8081/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Telles","description":"Telles to ganger?","language":"nb"}
                """);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        // Counted, and settled: nothing of earlier tests still on its way.
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> dashboard(board).at("/counts/total").asLong() > earlier);
        Settled.await(Duration.ofMinutes(6));
        JsonNode before = dashboard(board);

        Path root = LocalStack.findRoot();
        Process rebuild = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m",
                        "-jar",
                        root.resolve("reporting-service/target/reporting-service-0.1.0-SNAPSHOT.jar")
                                .toString(),
                        "--spring.profiles.active=rebuild")
                .redirectErrorStream(true)
                .start();
        rebuild.getOutputStream().close();
        byte[] output = rebuild.getInputStream().readAllBytes();
        assertThat(rebuild.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String printed = new String(output, StandardCharsets.UTF_8);
        assertThat(rebuild.exitValue()).as(printed).isZero();
        assertThat(printed).containsPattern("Rebuilt the statistics from the topic: [1-9][0-9]* events applied");

        assertThat(dashboard(board)).isEqualTo(before);
    }

    private static JsonNode dashboard(String token) {
        return json(RunningPlatform.get("http://localhost:8084/api/statistics/dashboard", token));
    }
}
