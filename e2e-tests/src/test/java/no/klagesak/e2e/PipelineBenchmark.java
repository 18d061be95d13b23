package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.post;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Measures the walking skeleton on the local stack: how fast intake accepts complaints from the public form, alone and
 * with concurrent clients, and how long the whole pipeline (Kafka, routing, notification over SMTP, reporting) takes
 * to catch up. Reported as ratios within one run; no assertion on time. Run with
 * {@code ./mvnw -pl e2e-tests -am verify -Dklagesak.benchmark=true -Dtest=PipelineBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * results go to docs/benchmarks.md.
 */
@EnabledIfSystemProperty(named = "klagesak.benchmark", matches = "true")
@ExtendWith(RunningPlatform.class)
class PipelineBenchmark {

    private static final int WARM_UP = 50;
    private static final int COMPLAINTS = 300;
    private static final int CLIENTS = 4;

    @Test
    void intake_acceptance_and_pipeline_catch_up() throws Exception {
        int year = LocalDate.now(ZoneId.of("Europe/Oslo")).getYear();
        String board = token("fjordvekst-board");
        submit(WARM_UP, 1);
        awaitCount(board, year, WARM_UP, Duration.ofMinutes(2));

        Run sequential = submit(COMPLAINTS, 1);
        long before = sequential.startNanos;
        Duration sequentialCatchUp = awaitCount(board, year, WARM_UP + COMPLAINTS, Duration.ofMinutes(5))
                .minusNanos(before);

        Run concurrent = submit(COMPLAINTS, CLIENTS);
        Duration concurrentCatchUp = awaitCount(board, year, WARM_UP + 2 * COMPLAINTS, Duration.ofMinutes(5))
                .minusNanos(concurrent.startNanos);
        int mailsAtCount = mailCount();
        Duration mailCatchUp =
                awaitMails(WARM_UP + 2 * COMPLAINTS, Duration.ofMinutes(10)).minusNanos(concurrent.startNanos);

        String report = """
                | measure | 1 client | %d clients |
                |---|---|---|
                | complaints accepted per second | %.1f | %.1f |
                | acceptance latency p50 (ms) | %.1f | %.1f |
                | acceptance latency p95 (ms) | %.1f | %.1f |
                | acceptance latency max (ms) | %.1f | %.1f |
                | time until reporting counted all (s) | %.2f | %.2f |
                | catch-up time / acceptance time | %.2f | %.2f |

                Concurrent / sequential throughput: %.2f. When reporting had counted all, %d of %d
                acknowledgements had been sent; the last one went out %.2f s after the concurrent run began
                (%.2f times its acceptance time).
                """.formatted(
                        CLIENTS,
                        sequential.perSecond(),
                        concurrent.perSecond(),
                        sequential.percentile(50),
                        concurrent.percentile(50),
                        sequential.percentile(95),
                        concurrent.percentile(95),
                        sequential.percentile(100),
                        concurrent.percentile(100),
                        seconds(sequentialCatchUp),
                        seconds(concurrentCatchUp),
                        seconds(sequentialCatchUp) / seconds(sequential.elapsed()),
                        seconds(concurrentCatchUp) / seconds(concurrent.elapsed()),
                        concurrent.perSecond() / sequential.perSecond(),
                        mailsAtCount,
                        WARM_UP + 2 * COMPLAINTS,
                        seconds(mailCatchUp),
                        seconds(mailCatchUp) / seconds(concurrent.elapsed()));
        System.out.println(report);
        Path out = Path.of("target", "benchmark.md");
        Files.writeString(out, report);
        assertThat(sequential.latenciesMillis).hasSize(COMPLAINTS);
    }

    private static Run submit(int count, int clients) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int share = count / clients + (client < count % clients ? 1 : 0);
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        long t0 = System.nanoTime();
                        var response =
                                post("http://localhost:8081/public/tenants/fjordvekst/complaints", null, """
                                {"track":"COMPLAINT","complainantRole":"PARTICIPANT","category":"FOLLOW_UP",
                                 "subject":"Benchmark","description":"Målt last","complainant":{"name":"Bench","email":"bench-%s@example.org"}}
                                """.formatted(
                                                UUID.randomUUID()));
                        latencies.add((System.nanoTime() - t0) / 1e6);
                        if (response.statusCode() != 201) {
                            throw new IllegalStateException(response.statusCode() + " " + response.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) future.get();
        }
        return new Run(start, System.nanoTime(), latencies);
    }

    /** Polls reporting until the count is reached; returns the nano time at which it was seen. */
    private static Duration awaitCount(String token, int year, long expected, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            var response = get("http://localhost:8084/api/statistics?year=" + year, token);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "Statistics answered " + response.statusCode() + ": " + response.body());
            }
            long total = json(response).get("total").asLong();
            if (total >= expected) return Duration.ofNanos(System.nanoTime());
            Thread.sleep(100);
        }
        throw new IllegalStateException("Reporting did not reach " + expected + " within " + timeout);
    }

    private static int mailCount() {
        return json(get("http://localhost:8025/api/messages", null)).size();
    }

    private static Duration awaitMails(int expected, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (mailCount() >= expected) return Duration.ofNanos(System.nanoTime());
            Thread.sleep(500);
        }
        throw new IllegalStateException("Only " + mailCount() + " of " + expected + " mails within " + timeout);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private record Run(long startNanos, long endNanos, List<Double> latenciesMillis) {
        Duration elapsed() {
            return Duration.ofNanos(endNanos - startNanos);
        }

        double perSecond() {
            return latenciesMillis.size() / seconds(elapsed());
        }

        double percentile(int p) {
            List<Double> sorted = latenciesMillis.stream().sorted().toList();
            int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
            return sorted.get(Math.max(0, index));
        }
    }
}
