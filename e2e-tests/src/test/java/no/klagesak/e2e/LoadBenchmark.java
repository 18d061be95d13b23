package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.counted;
import static no.klagesak.e2e.RunningPlatform.stack;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The benchmark harness (issue 12), on the local stack. Open-model load (constant arrival rate, latency from when each
 * request was due, HdrHistogram): the raw baseline first (one store insert and one acknowledged Kafka send per
 * request through the plain drivers, against the same store and broker while the platform runs), then intake's
 * public form at rising rates, intake at 70 % of its highest sustained rate, the whole pipeline (stored, routed,
 * acknowledged by mail, counted), the time from submission to the acknowledgement mail at 50 complaints a second,
 * and each application's resident memory at rest and under load and its start-up time. Results are ratios within the
 * run; nothing asserts on time. Run with
 *
 * <pre>
 * ./mvnw -B -q install -DskipTests
 * ./mvnw -B verify -pl e2e-tests -Dklagesak.benchmark=true -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * The table goes to {@code e2e-tests/target/load-benchmark.md}; docs/benchmarks.md keeps the runs. With
 * {@code -Dklagesak.benchmark.only=mail} it measures only the time from submission to the acknowledgement mail (after
 * the warm-up, in four rounds), on a stack that has seen nothing else: about 6 minutes; with
 * {@code -Dklagesak.benchmark.only=pipeline} the whole pipeline after those rounds as well, at
 * {@code -Dklagesak.benchmark.pipeline-rate} (400) for 10 s.
 */
@EnabledIfSystemProperty(named = "klagesak.benchmark", matches = "true")
@ExtendWith(RunningPlatform.class)
class LoadBenchmark {

    private static final String FORM = "http://localhost:8081/public/tenants/fjordvekst/complaints";
    private static final String STAFF_API = "http://localhost:8081/api/complaints";
    /** The public form pays one bcrypt of the receipt code per complaint (cost 12: about 200 ms of a core). */
    private static final double[] FORM_RATES = {5, 10, 20, 50, 100, 200, 400, 700, 1000};

    private static final double[] RATES = {100, 200, 300, 400, 500, 700, 1000, 1400};
    private static final Duration STEP = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    private final StringBuilder report = new StringBuilder();

    @Test
    void measure() throws Exception {
        line("# Load benchmark, %s%n", Instant.now());
        line("%nStart-up, process start to ready (s): %s%n", seconds(stack().startUpTimes()));
        Thread.sleep(20_000);
        line("Resident memory at rest (MB): %s%n", megabytes(stack().residentMemory()));

        // Warm-up: the applications' JIT compilers see the paths before anything is measured.
        OpenLoad.run(50, Duration.ofSeconds(20), Duration.ofSeconds(30), staff());
        OpenLoad.run(5, Duration.ofSeconds(10), Duration.ofSeconds(30), this::submit);
        awaitPipeline(Duration.ofMinutes(2));
        String only = System.getProperty("klagesak.benchmark.only", "");
        if (only.equals("mail") || only.equals("pipeline")) {
            endToEnd();
            if (only.equals("pipeline")) {
                awaitPipeline(Duration.ofMinutes(2));
                pipeline(Double.parseDouble(System.getProperty("klagesak.benchmark.pipeline-rate", "400")));
            }
            write();
            return;
        }

        line("%n## Raw baseline: one insert and one acknowledged Kafka send per request, plain drivers%n%n");
        Supplier<CompletableFuture<Boolean>> raw = baseline();
        double rawMax = steps(RATES, () -> raw);
        awaitPipeline(Duration.ofMinutes(2));

        line("%n## Intake, the public form (a receipt code per complaint, hashed with bcrypt)%n%n");
        double formMax = steps(FORM_RATES, () -> this::submit);
        awaitPipeline(Duration.ofMinutes(5));

        line("%n## Intake, the staff and API channel (no receipt code): accepted and stored (201)%n%n");
        Map<String, Long> peakMemory = new ConcurrentHashMap<>();
        Thread sampler = Thread.ofVirtual().start(() -> sampleMemory(peakMemory));
        double intakeMax = steps(RATES, this::staff);
        sampler.interrupt();
        line("%nResident memory under load, the highest sampled (MB): %s%n", megabytes(peakMemory));
        line(
                "%nHighest sustained rate: public form %.0f/s, staff API %.0f/s, raw baseline %.0f/s; staff API /"
                        + " raw baseline %.2f%n",
                formMax, intakeMax, rawMax, intakeMax / rawMax);
        awaitPipeline(Duration.ofMinutes(10));

        if (intakeMax > 0) {
            OpenLoad.Result at70 =
                    OpenLoad.run(0.7 * intakeMax, Duration.ofSeconds(20), Duration.ofSeconds(30), staff());
            line("%nThe staff API at 70 %% of its highest sustained rate:%n%n");
            header();
            row(at70);
            awaitPipeline(Duration.ofMinutes(10));
        }

        // The latency first: the pipeline's burst leaves work behind that would be measured with it.
        endToEnd();
        awaitPipeline(Duration.ofMinutes(10));
        pipeline(intakeMax > 0 ? intakeMax : 50);

        write();
        assertThat(rawMax).isPositive();
    }

    private void write() throws java.io.IOException {
        Files.writeString(Path.of("target", "load-benchmark.md"), report.toString());
        System.out.println(report);
    }

    /** Rising rates until one is not kept; returns the highest that was. A fresh operation (and token) per step. */
    private double steps(double[] rates, Supplier<Supplier<CompletableFuture<Boolean>>> operation)
            throws InterruptedException {
        header();
        double highest = 0;
        for (double rate : rates) {
            OpenLoad.Result result = OpenLoad.run(rate, STEP, Duration.ofSeconds(30), operation.get());
            row(result);
            if (!result.sustained()) break;
            highest = rate;
        }
        return highest;
    }

    /**
     * The whole pipeline: complaints through the staff API at its highest sustained rate for 10 s; how many a second were
     * stored, routed, acknowledged by mail and counted, from the first submission to the last acknowledgement.
     */
    private void pipeline(double rate) throws Exception {
        long countedBefore = counted(FaultE2ETest.BOARD);
        List<String> addresses = new ArrayList<>();
        String token = token("fjordvekst-receiver");
        Instant first = Instant.now();
        OpenLoad.Result sent = OpenLoad.run(rate, Duration.ofSeconds(10), Duration.ofSeconds(30), () -> {
            String address = "pipe-" + UUID.randomUUID() + "@bench.example";
            // Only an accepted complaint is owed a mail: one refused (overload, timeout) would be waited for in vain.
            return register(token, address).thenApply(accepted -> {
                if (accepted) {
                    synchronized (addresses) {
                        addresses.add(address);
                    }
                }
                return accepted;
            });
        });
        List<String> owed;
        synchronized (addresses) {
            owed = List.copyOf(addresses);
        }
        Instant lastMail = awaitMails(owed, Duration.ofMinutes(10));
        long countedAfter = awaitCount(countedBefore + sent.ok(), Duration.ofMinutes(5));
        double seconds = Duration.between(first, lastMail).toMillis() / 1000.0;
        line(
                "%n## The whole pipeline%n%n%d complaints sent at %.0f/s (%d accepted); the last acknowledgement arrived"
                        + " after %.1f s, all %d counted: **%.0f complaints/s** stored, routed, acknowledged and counted"
                        + " (%.2f of the rate sent).%n",
                sent.ok() + sent.failed(),
                rate,
                sent.ok(),
                seconds,
                countedAfter - countedBefore,
                sent.ok() / seconds,
                sent.ok() / seconds / rate);
    }

    /**
     * Submission to the acknowledgement mail at 50 complaints a second for 30 s, in rounds
     * ({@code -Dklagesak.benchmark.mail-rounds}, 4): six JVMs share two cores while their JIT compilers still work, so
     * the first rounds after a start measure the warming; each round is reported, the last is the steady state.
     */
    private void endToEnd() throws Exception {
        int rounds = Integer.getInteger("klagesak.benchmark.mail-rounds", 4);
        line("%n## Submission to acknowledgement mail, 50 complaints/s for 30 s (staff API), round by round%n%n");
        line("| Round | Mails | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |%n|---|---|---|---|---|---|%n");
        String token = token("fjordvekst-receiver");
        for (int round = 1; round <= rounds; round++) {
            Map<String, Long> due = new ConcurrentHashMap<>();
            OpenLoad.run(50, Duration.ofSeconds(30), Duration.ofSeconds(30), () -> {
                String address = "e2e-" + UUID.randomUUID() + "@bench.example";
                due.put(address, System.currentTimeMillis());
                return register(token, address);
            });
            awaitMails(new ArrayList<>(due.keySet()), Duration.ofMinutes(5));
            Histogram latencies = new Histogram(Duration.ofMinutes(10).toMillis(), 3);
            due.forEach((address, at) -> stack().mailArrival(address)
                    .ifPresent(arrived -> latencies.recordValue(Math.max(0, arrived.toEpochMilli() - at))));
            line(
                    "| %d | %d | %d | %d | %d | %d |%n",
                    round,
                    latencies.getTotalCount(),
                    latencies.getValueAtPercentile(50),
                    latencies.getValueAtPercentile(95),
                    latencies.getValueAtPercentile(99),
                    latencies.getMaxValue());
            Thread.sleep(10_000);
        }
    }

    // ---- the operations

    private CompletableFuture<Boolean> submit() {
        return submit("bench-" + UUID.randomUUID() + "@bench.example");
    }

    private CompletableFuture<Boolean> submit(String address) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(FORM))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SteadyStream.complaint(address)))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(r -> r.statusCode() == 201);
    }

    /** The staff and API channel, as a receiver registering letters: no receipt code. */
    private Supplier<CompletableFuture<Boolean>> staff() {
        String token = token("fjordvekst-receiver");
        return () -> register(token, "staff-" + UUID.randomUUID() + "@bench.example");
    }

    private CompletableFuture<Boolean> register(String token, String address) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(STAFF_API))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(SteadyStream.letter(address)))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(r -> r.statusCode() == 201);
    }

    /** One store insert and one acknowledged send per request: the least any intake has to do. */
    private Supplier<CompletableFuture<Boolean>> baseline() {
        MongoClient mongo = MongoClients.create("mongodb://localhost:27017");
        MongoCollection<Document> collection =
                mongo.getDatabase("benchmark-baseline").getCollection("complaints");
        KafkaProducer<String, String> kafka = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                "localhost:9092",
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class));
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        return () -> CompletableFuture.supplyAsync(
                () -> {
                    String id = UUID.randomUUID().toString();
                    collection.insertOne(new Document("_id", id)
                            .append("tenantId", "fjordvekst")
                            .append("description", "Veilederen svarer ikke.")
                            .append("receivedAt", Instant.now().toString()));
                    try {
                        kafka.send(new ProducerRecord<>("benchmark.baseline", id, "{\"id\":\"" + id + "\"}"))
                                .get();
                        return true;
                    } catch (Exception e) {
                        return false;
                    }
                },
                threads);
    }

    // ---- waiting for the pipeline

    private void awaitPipeline(Duration atMost) throws Exception {
        // Quiet once every consumer group has read everything and the count stood still, twice 3 s apart. The count
        // alone is not enough: reporting rests between its rounds (RollUpPace), so it can stand still for seconds
        // while thousands of complaints wait upstream.
        long end = System.nanoTime() + atMost.toNanos();
        long last = -1;
        int quiet = 0;
        while (System.nanoTime() < end && quiet < 2) {
            long now = counted(FaultE2ETest.BOARD);
            quiet = now == last && KafkaTopics.lag() == 0 ? quiet + 1 : 0;
            last = now;
            Thread.sleep(3_000);
        }
        if (quiet < 2)
            line("%n(The pipeline was still busy after %s; what follows may be measured with it.)%n", atMost);
    }

    private Instant awaitMails(List<String> addresses, Duration atMost) throws InterruptedException {
        long end = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < end) {
            Instant latest = Instant.EPOCH;
            boolean all = true;
            for (String address : addresses) {
                var arrived = stack().mailArrival(address);
                if (arrived.isEmpty()) {
                    all = false;
                    break;
                }
                if (arrived.get().isAfter(latest)) latest = arrived.get();
            }
            if (all) return latest;
            Thread.sleep(200);
        }
        throw new IllegalStateException("Not every acknowledgement arrived within " + atMost);
    }

    private long awaitCount(long expected, Duration atMost) throws InterruptedException {
        long end = System.nanoTime() + atMost.toNanos();
        long now = counted(FaultE2ETest.BOARD);
        while (now < expected && System.nanoTime() < end) {
            Thread.sleep(500);
            now = counted(FaultE2ETest.BOARD);
        }
        return now;
    }

    private static void sampleMemory(Map<String, Long> peak) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                stack().residentMemory().forEach((app, bytes) -> peak.merge(app, bytes, Math::max));
                Thread.sleep(1_000);
            }
        } catch (InterruptedException stopped) {
            // the load is over
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- the report

    private void header() {
        line("| target /s | achieved /s | ok | failed | p50 ms | p90 ms | p99 ms | max ms |%n");
        line("|---|---|---|---|---|---|---|---|%n");
    }

    private void row(OpenLoad.Result r) {
        line(
                "| %.0f | %.1f | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
                r.targetPerSecond(),
                r.achievedPerSecond(),
                r.ok(),
                r.failed(),
                r.millis(50),
                r.millis(90),
                r.millis(99),
                r.millis(100));
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.append(text);
        System.out.print(text);
    }

    private static String seconds(Map<String, Duration> times) {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(times)
                .forEach((app, time) -> text.append(app)
                        .append(' ')
                        .append(String.format(Locale.ROOT, "%.1f", time.toMillis() / 1000.0))
                        .append(", "));
        return text.isEmpty() ? "" : text.substring(0, text.length() - 2);
    }

    private static String megabytes(Map<String, Long> bytes) {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(bytes)
                .forEach((app, b) ->
                        text.append(app).append(' ').append(b / (1024 * 1024)).append(", "));
        return text.isEmpty() ? "" : text.substring(0, text.length() - 2);
    }
}
