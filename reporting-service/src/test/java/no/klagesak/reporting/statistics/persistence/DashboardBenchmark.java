package no.klagesak.reporting.statistics.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import no.klagesak.reporting.statistics.Facts;
import no.klagesak.reporting.statistics.Handled;
import no.klagesak.reporting.statistics.HandlingSummary;
import no.klagesak.reporting.statistics.RollingUp;
import no.klagesak.reporting.statistics.Span;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.TestHttp;
import no.klagesak.support.test.TestIssuer;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The board's dashboard with 1,000,000 complaints in one tenant (docs/benchmarks.md). Not a test: it runs only with
 * {@code -Dklagesak.benchmark=true}, asserts nothing about time, and writes its table to
 * {@code reporting-service/target/dashboard-benchmark.md}.
 *
 * <p>The facts are written straight into the store (the event path is measured by the pipeline benchmark), six years
 * of them, 2 % still open; everything is then rolled up by the service's own rolling up. Then the dashboard endpoint
 * is asked over HTTP, one request at a time, and timed; and, in the same run, the same year's figures computed from
 * the facts directly, as the service did before rollups.
 */
@ComponentTest
@EnabledIfSystemProperty(named = "klagesak.benchmark", matches = "true")
class DashboardBenchmark {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String TENANT = "benchmark";
    private static final int COMPLAINTS = Integer.getInteger("klagesak.benchmark.complaints", 1_000_000);
    private static final List<String> CATEGORIES =
            List.of("FOLLOW_UP", "WORK_ENVIRONMENT", "TRANSPORT", "WAGES", "FOOD", "OTHER", "NAV_DECISION");

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MongoRollups rollups;

    @Autowired
    RollingUp rollingUp;

    @Autowired
    Facts facts;

    @Autowired
    MeterRegistry meters;

    @LocalServerPort
    int port;

    @Test
    void dashboard_with_a_million_complaints() throws Exception {
        long started = System.nanoTime();
        Set<YearMonth> months = load();
        double loadSeconds = seconds(started);

        started = System.nanoTime();
        rollingUp.everything(Instant.now());
        double rollUpSeconds = seconds(started);

        String board = TestIssuer.shared().token(TENANT, TENANT + "-board", "board");
        TestHttp api = TestHttp.localhost(port);
        var first = TestHttp.json(api.get("/api/statistics/dashboard?year=2026", board));
        long total2026 = first.at("/counts/total").asLong();
        assertThat(total2026).isPositive();

        Histogram dashboard = timed(api, board, "/api/statistics/dashboard?year=2026", 200, 1000);
        Histogram handling = timed(api, board, "/api/statistics/handling?year=2026", 100, 500);
        var server = meters.find("http.server.requests")
                .tag("uri", "/api/statistics/dashboard")
                .timer();

        // The same year's handling figures from the facts, as before rollups: every fact of the year read.
        Histogram fromFacts = new Histogram(3_600_000_000L, 3);
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            List<Handled> year = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                Span month = Span.month(YearMonth.of(2026, m));
                year.addAll(facts.handledIn(TENANT, month.start(), month.end()));
            }
            HandlingSummary.of(2026, year);
            fromFacts.recordValue((System.nanoTime() - t) / 1000);
        }

        String table = String.format(
                Locale.ROOT,
                """
                | measure | value |
                |---|---|
                | complaints in the tenant | %,d (%d months) |
                | of them received in 2026 | %,d |
                | writing the facts into the store (s) | %.1f |
                | rolling up every month from the facts (s) | %.1f |
                | dashboard over HTTP, p50 / p95 / p99 / max (ms) | %.2f / %.2f / %.2f / %.2f |
                | dashboard, server time mean / max (ms) | %.2f / %.2f |
                | handling figures over HTTP, p50 / p95 (ms) | %.2f / %.2f |
                | the year's figures from the facts (no rollups), p50 / max (ms) | %.0f / %.0f |
                | from the facts ÷ dashboard p95 | %.0f |
                """,
                COMPLAINTS,
                months.size(),
                total2026,
                loadSeconds,
                rollUpSeconds,
                ms(dashboard, 50),
                ms(dashboard, 95),
                ms(dashboard, 99),
                dashboard.getMaxValue() / 1000.0,
                server == null ? Double.NaN : server.mean(TimeUnit.MILLISECONDS),
                server == null ? Double.NaN : server.max(TimeUnit.MILLISECONDS),
                ms(handling, 50),
                ms(handling, 95),
                ms(fromFacts, 50),
                fromFacts.getMaxValue() / 1000.0,
                ms(fromFacts, 50) / ms(dashboard, 95));
        System.out.println(table);
        Files.writeString(Path.of("target/dashboard-benchmark.md"), table);
    }

    /** Six years of complaints, spread evenly, written in batches as MongoFacts writes them. */
    private Set<YearMonth> load() {
        Random random = new Random(42);
        Instant from = LocalDate.of(2021, 1, 1).atStartOfDay(OSLO).toInstant();
        long span = LocalDate.of(2026, 11, 1).atStartOfDay(OSLO).toInstant().getEpochSecond() - from.getEpochSecond();
        Set<YearMonth> months = new HashSet<>();
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < COMPLAINTS; i++) {
            // At nine in the morning of a random day: the dashboard reads months, and the day's complaints in one
            // minute keep the rolling up of every minute in the in-memory test store (which scans for each claim)
            // from taking hours.
            Instant received = from.plusSeconds((long) (random.nextDouble() * span))
                    .atZone(OSLO)
                    .truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                    .withHour(9)
                    .toInstant();
            LocalDate deadline = LocalDate.ofInstant(received, OSLO).plusDays(14);
            months.add(YearMonth.from(received.atZone(OSLO)));
            var fact = new Document("_id", "c-" + i)
                    .append("tenantId", TENANT)
                    .append("year", received.atZone(OSLO).getYear())
                    .append("track", random.nextInt(20) == 0 ? "WHISTLEBLOWING" : "COMPLAINT")
                    .append("category", CATEGORIES.get(random.nextInt(CATEGORIES.size())))
                    .append("channel", random.nextInt(4) == 0 ? "STAFF_REGISTRATION" : "WEB_FORM")
                    .append("complainantRole", random.nextBoolean() ? "PARTICIPANT" : "EMPLOYEE")
                    .append("unit", random.nextInt(3) == 0 ? null : "unit-" + random.nextInt(12))
                    .append("receivedAt", Date.from(received))
                    .append("deadline", deadline.toString());
            if (random.nextInt(50) > 0) {
                fact.append("resolvedAt", Date.from(received.plusSeconds(86_400L * random.nextInt(30))))
                        .append("outcome", random.nextBoolean() ? "UPHELD" : "NOT_UPHELD");
            }
            if (random.nextInt(10) == 0) fact.append("escalated", true);
            batch.add(fact);
            if (batch.size() == 10_000) {
                mongo.insert(batch, "complaint_facts");
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) mongo.insert(batch, "complaint_facts");
        return months;
    }

    private static Histogram timed(TestHttp api, String token, String path, int warmUp, int measured) {
        for (int i = 0; i < warmUp; i++) api.get(path, token);
        Histogram histogram = new Histogram(60_000_000L, 3);
        for (int i = 0; i < measured; i++) {
            long t = System.nanoTime();
            var response = api.get(path, token);
            histogram.recordValue((System.nanoTime() - t) / 1000);
            if (response.statusCode() != 200) throw new IllegalStateException(response.body());
        }
        return histogram;
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
