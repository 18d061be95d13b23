package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * How far behind the board's count is (issue 27), on the local stack as a user runs it: 100,000 complaints already in
 * this month at Fjordvekst, then complaints through the staff API at 50 a second. Twice a second the board's
 * dashboard is read as the board reads it: the year's count and what it says of itself ({@code behindSeconds}).
 * From when each complaint was accepted (201) and when the count first held it, the true delay; against it, what the
 * dashboard said at each look. Not a test: it runs only with {@code -Dklagesak.benchmark=true}, asserts nothing about
 * time, and writes its table to {@code e2e-tests/target/board-lag-benchmark.md}.
 *
 * <pre>
 * ./mvnw -B -q install -DskipTests
 * ./mvnw -B verify -pl e2e-tests -Dklagesak.benchmark=true -Dtest=BoardLagBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>The 100,000 are written straight into reporting's store as the facts of complaints received this month, with
 * their minutes marked behind as reporting marks them; reporting's own rounds then roll them up, which is timed too.
 */
@EnabledIfSystemProperty(named = "klagesak.benchmark", matches = "true")
@ExtendWith(RunningPlatform.class)
class BoardLagBenchmark {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String TENANT = "fjordvekst";
    private static final int IN_MONTH = Integer.getInteger("klagesak.benchmark.month-complaints", 100_000);
    private static final int RATE = Integer.getInteger("klagesak.benchmark.rate", 50);
    private static final int SECONDS = Integer.getInteger("klagesak.benchmark.seconds", 120);
    private static final String STAFF_API = "http://localhost:8081/api/complaints";
    private static final String DASHBOARD = "http://localhost:8084/api/statistics/dashboard";

    /** One look at the dashboard. */
    record Look(Instant at, long counted, long behindSeconds) {}

    @Test
    void the_board_at_fifty_a_second_with_a_hundred_thousand_in_the_month() throws Exception {
        String board = token("fjordvekst-board");
        long before = dashboard(board).counted();

        long started = System.nanoTime();
        try (MongoClient client = MongoClients.create("mongodb://localhost:27017")) {
            seed(client);
        }
        double seedSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> dashboard(board).counted() >= before + IN_MONTH);
        double rolledSeconds = (System.nanoTime() - started) / 1e9;
        await().atMost(Duration.ofMinutes(5)).until(() -> dashboard(board).behindSeconds() == 0);
        long base = dashboard(board).counted();

        List<Instant> accepted = Collections.synchronizedList(new ArrayList<>());
        List<Look> looks = new ArrayList<>();
        AtomicBoolean sending = new AtomicBoolean(true);
        Map<String, Long> mostLag = new TreeMap<>();
        Thread looking = Thread.ofVirtual().start(() -> {
            while (sending.get() || looks.isEmpty() || looks.getLast().counted() < base + accepted.size()) {
                looks.add(dashboard(board));
                if (looks.size() % 4 == 0) {
                    try {
                        KafkaTopics.lagByGroup().forEach((group, lag) -> mostLag.merge(group, lag, Math::max));
                        mostLag.merge("(outboxes, not yet sent)", Settled.waitingEvents(), Math::max);
                    } catch (Exception e) {
                        // a look at the lag missed: the next one counts
                    }
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        OpenLoad.Result load = OpenLoad.run(
                RATE,
                Duration.ofSeconds(SECONDS),
                Duration.ofSeconds(30),
                staff(token("fjordvekst-receiver"), accepted));
        sending.set(false);
        looking.join(Duration.ofMinutes(10).toMillis());

        String table = report(seedSeconds, rolledSeconds, load, sorted(accepted), looks, base)
                + "\nThe most events each consumer group had not yet read, at a look every 2 s: " + mostLag + "\n"
                + "\nreporting's own meters at the end (rolling-up rounds; from an event's time until it was counted):\n\n```\n"
                + reportingMeters() + "```\n";
        System.out.println(table);
        Files.writeString(Path.of("target/board-lag-benchmark.md"), table);
    }

    /** The facts of {@link #IN_MONTH} complaints received this month until an hour ago, their minutes behind. */
    private static void seed(MongoClient client) {
        var database = client.getDatabase("klagesak-reporting-service");
        MongoCollection<Document> facts = database.getCollection("complaint_facts");
        MongoCollection<Document> parts = database.getCollection("rollup_parts");
        Instant from = LocalDate.now(OSLO).withDayOfMonth(1).atStartOfDay(OSLO).toInstant();
        Instant to = Instant.now().minus(Duration.ofHours(1));
        if (!to.isAfter(from)) to = from.plus(Duration.ofHours(1)); // the first hour of a month
        long span = Duration.between(from, to).toSeconds();
        Random random = new Random(27);
        Set<Instant> minutes = new TreeSet<>();
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < IN_MONTH; i++) {
            Instant received = from.plusSeconds((long) (random.nextDouble() * span));
            minutes.add(received.truncatedTo(ChronoUnit.MINUTES));
            Document fact = new Document("_id", UUID.randomUUID().toString())
                    .append("tenantId", TENANT)
                    .append("year", received.atZone(OSLO).getYear())
                    .append("track", random.nextInt(20) == 0 ? "WHISTLEBLOWING" : "COMPLAINT")
                    .append("category", random.nextBoolean() ? "FOLLOW_UP" : "OTHER")
                    .append("channel", "WEB_FORM")
                    .append("complainantRole", "PARTICIPANT")
                    .append("unit", null)
                    .append("acknowledgedOnReceipt", true)
                    .append("receivedAt", Date.from(received));
            if (random.nextInt(3) > 0) {
                fact.append(
                                "deadline",
                                LocalDate.ofInstant(received, OSLO).plusDays(14).toString())
                        .append("resolvedAt", Date.from(received.plus(Duration.ofHours(1 + random.nextInt(48)))))
                        .append("outcome", random.nextBoolean() ? "UPHELD" : "NOT_UPHELD");
            }
            batch.add(fact);
            if (batch.size() == 1_000) {
                facts.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) facts.insertMany(batch);
        Date now = new Date();
        List<UpdateOneModel<Document>> marks = new ArrayList<>();
        for (Instant minute : minutes) {
            // As reporting's facts mark a minute they change (MongoRollups.changed).
            marks.add(new UpdateOneModel<>(
                    Filters.eq("_id", TENANT + "/MINUTE/" + minute),
                    Updates.combine(
                            Updates.inc("changes", 1L),
                            Updates.min("behindSince", now),
                            Updates.setOnInsert("tenantId", TENANT),
                            Updates.setOnInsert("year", minute.atZone(OSLO).getYear()),
                            Updates.setOnInsert(
                                    "month",
                                    java.time.YearMonth.from(minute.atZone(OSLO))
                                            .toString()),
                            Updates.setOnInsert("basedOn", 0L),
                            Updates.setOnInsert("level", "MINUTE"),
                            Updates.setOnInsert("start", Date.from(minute))),
                    new UpdateOptions().upsert(true)));
            if (marks.size() == 1_000) {
                parts.bulkWrite(marks);
                marks.clear();
            }
        }
        if (!marks.isEmpty()) parts.bulkWrite(marks);
    }

    private static java.util.function.Supplier<CompletableFuture<Boolean>> staff(String token, List<Instant> accepted) {
        HttpClient http = HttpClient.newHttpClient();
        return () -> http.sendAsync(
                        HttpRequest.newBuilder(URI.create(STAFF_API))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        SteadyStream.letter("board-" + UUID.randomUUID() + "@bench.example")))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> {
                    if (r.statusCode() == 201) accepted.add(Instant.now());
                    return r.statusCode() == 201;
                });
    }

    private static String reportingMeters() {
        String metrics = get("http://localhost:9084/actuator/prometheus", null).body();
        StringBuilder lines = new StringBuilder();
        metrics.lines()
                .filter(l -> l.startsWith("klagesak_reporting_rollup_round_seconds")
                        || l.startsWith("klagesak_reporting_event_lag_seconds"))
                .forEach(l -> lines.append(l).append('\n'));
        return lines.toString();
    }

    private static Look dashboard(String board) {
        Instant at = Instant.now();
        JsonNode dashboard = json(get(DASHBOARD + "?year=" + LocalDate.now(OSLO).getYear(), board));
        return new Look(
                at,
                dashboard.at("/counts/total").asLong(),
                dashboard.at("/behindSeconds").asLong());
    }

    private static List<Instant> sorted(List<Instant> accepted) {
        List<Instant> sorted;
        synchronized (accepted) {
            sorted = new ArrayList<>(accepted);
        }
        Collections.sort(sorted);
        return sorted;
    }

    /**
     * The k-th complaint accepted is taken as counted when the count first reached k (the count does not know which
     * ones it holds; at a steady flow the order is close). At each look, how long the oldest complaint accepted and
     * not yet counted had waited: what {@code behindSeconds} should say.
     */
    private static String report(
            double seedSeconds,
            double rolledSeconds,
            OpenLoad.Result load,
            List<Instant> accepted,
            List<Look> looks,
            long base) {
        Histogram delay = new Histogram(3_600_000L, 3);
        int k = 0;
        for (Look look : looks) {
            while (k < accepted.size() && look.counted() - base > k) {
                delay.recordValue(
                        Math.max(0, Duration.between(accepted.get(k), look.at()).toMillis()));
                k++;
            }
        }
        long understated = 0;
        long overstated = 0;
        long worstUnder = 0;
        long worstTrue = 0;
        long worstSaid = 0;
        for (Look look : looks) {
            int counted = (int) Math.max(0, look.counted() - base);
            long truth = 0;
            if (counted < accepted.size() && accepted.get(counted).isBefore(look.at())) {
                truth = Duration.between(accepted.get(counted), look.at()).toSeconds();
            }
            worstTrue = Math.max(worstTrue, truth);
            worstSaid = Math.max(worstSaid, look.behindSeconds());
            // A second either way is the dashboard's own rounding and the look's half-second.
            if (look.behindSeconds() + 2 < truth) {
                understated++;
                worstUnder = Math.max(worstUnder, truth - look.behindSeconds());
            }
            if (look.behindSeconds() > truth + 2) overstated++;
        }
        return String.format(
                Locale.ROOT,
                """
                %,d complaints of this month written into reporting's store in %.0f s; rolled up by reporting's own \
                rounds until the board counted them in %.0f s.

                Then the staff API at %d/s for %d s: %,d accepted, %,d failed (p99 of intake %.0f ms).

                | measure | value |
                |---|---|
                | accepted → counted on the board, p50 / p95 / p99 / max (s) | %.1f / %.1f / %.1f / %.1f |
                | looks at the dashboard (every 0.5 s) | %d |
                | the most any complaint had waited at a look (s) | %d |
                | the most `behindSeconds` said (s) | %d |
                | looks where `behindSeconds` said 2 s or more too little (worst by) | %d (%d s) |
                | looks where it said 2 s or more too much | %d |
                """,
                IN_MONTH,
                seedSeconds,
                rolledSeconds,
                RATE,
                SECONDS,
                load.ok(),
                load.failed(),
                load.millis(99),
                delay.getValueAtPercentile(50) / 1000.0,
                delay.getValueAtPercentile(95) / 1000.0,
                delay.getValueAtPercentile(99) / 1000.0,
                delay.getMaxValue() / 1000.0,
                looks.size(),
                worstTrue,
                worstSaid,
                understated,
                worstUnder,
                overstated);
    }
}
