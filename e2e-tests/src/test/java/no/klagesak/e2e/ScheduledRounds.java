package no.klagesak.e2e;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.klagesak.localstack.Ports;

/**
 * How many rounds an application's scheduled work has run, from its own metric ({@code tasks.scheduled.execution},
 * which Spring Boot records for every {@code @Scheduled} method). A test that checks that a repeated round did nothing
 * twice waits for the rounds to have run, instead of waiting a fixed time that a slow machine may not fill.
 */
final class ScheduledRounds {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ScheduledRounds() {}

    /**
     * Waits until the scheduled method {@code function} has completed {@code more} more rounds in each application
     * listening on {@code ports} (their API ports; the metric is read on the management port).
     */
    static void awaitMore(int more, String function, List<Integer> ports, Duration atMost) {
        Map<Integer, Long> before = new LinkedHashMap<>();
        ports.forEach(port -> before.put(port, rounds(port, function)));
        await().atMost(atMost)
                .pollInterval(Duration.ofMillis(500))
                .until(() ->
                        before.entrySet().stream().allMatch(b -> rounds(b.getKey(), function) >= b.getValue() + more));
    }

    /** Completed rounds of {@code function} in the application on {@code port}, over every outcome. */
    static long rounds(int port, String function) {
        try {
            HttpResponse<String> metrics = HTTP.send(
                    HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + Ports.management(port) + "/actuator/prometheus"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return metrics.body()
                    .lines()
                    .filter(line -> line.startsWith("tasks_scheduled_execution_seconds_count{"))
                    .filter(line -> line.contains("code_function=\"" + function + "\""))
                    .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
