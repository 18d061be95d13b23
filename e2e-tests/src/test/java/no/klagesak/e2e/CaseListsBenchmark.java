package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.post;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The lists of cases as the years pile up (issue 27), on the local stack as a user runs it: 100,000 closed and 2,000
 * open cases in one tenant (Fjordvekst), then each list read over HTTP with Keycloak's tokens (routing's API) and in
 * Chromium (the web's pages, the server's share by the browser's navigation timing). Not a test: it runs only with
 * {@code -Dklagesak.benchmark=true}, asserts nothing about time, and writes its table to
 * {@code e2e-tests/target/case-lists-benchmark.md}.
 *
 * <pre>
 * ./mvnw -B -q install -DskipTests
 * ./mvnw -B verify -pl e2e-tests -Dklagesak.benchmark=true -Dtest=CaseListsBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>The cases are copies of one real case, routed by the running platform, written straight into routing's store
 * with what routing keeps for its lists (the path that writes them is measured by the load harness). A fifth of them
 * are the handler's; their deadlines and receipt times spread over ten years.
 */
@EnabledIfSystemProperty(named = "klagesak.benchmark", matches = "true")
@ExtendWith(RunningPlatform.class)
class CaseListsBenchmark {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final int CLOSED = Integer.getInteger("klagesak.benchmark.closed-cases", 100_000);
    private static final int OPEN = Integer.getInteger("klagesak.benchmark.open-cases", 2_000);
    private static final String ROUTING = "http://localhost:8082";
    /** Requests timed per list: enough for a p95 here, where a closed list on the stand-in reads every case. */
    private static final int TIMED = Integer.getInteger("klagesak.benchmark.requests", 40);

    private static final String WEB = "http://localhost:8080";
    private static final List<String> HANDLERS =
            List.of("fjordvekst-handler", "fjordvekst-director", "fjordvekst-management", "fjordvekst-receiver", "x");

    @Test
    void lists_with_ten_years_of_closed_cases() throws Exception {
        long started = System.nanoTime();
        Document template = oneRealCase();
        try (MongoClient client = MongoClients.create("mongodb://localhost:27017")) {
            MongoCollection<Document> cases =
                    client.getDatabase("klagesak-routing-service").getCollection("cases");
            load(cases, template);
        }
        double loadSeconds = (System.nanoTime() - started) / 1e9;

        String handler = token("fjordvekst-handler");
        String director = token("fjordvekst-director");
        List<String[]> rows = new ArrayList<>();
        rows.add(api("Mine saker, open (routing API)", "/api/cases?show=OPEN", handler));
        rows.add(api("Mine saker, closed, page 1", "/api/cases?show=CLOSED", handler));
        rows.add(api("Mine saker, closed, page 20", "/api/cases?show=CLOSED&page=19", handler));
        rows.add(api("the managers' overview", "/api/cases/overview", director));
        rows.add(api("every case, page 1", "/api/cases/received", director));
        rows.add(api("every case, 2021, outcome upheld", "/api/cases/received?year=2021&outcome=UPHELD", director));
        rows.add(api("every case, page 20", "/api/cases/received?page=19", director));

        try (Browser chromium = Browser.open()) {
            WebDriver driver = chromium.driver;
            driver.get(WEB + "/saker");
            chromium.logIn("fjordvekst-director", "demo");
            rows.add(page(chromium, "page /saker (Mine saker)", "/saker"));
            rows.add(page(chromium, "page /saker?vis=lukkede", "/saker?vis=lukkede"));
            rows.add(page(chromium, "page /oversikt", "/oversikt"));
            rows.add(page(chromium, "page /oversikt/alle", "/oversikt/alle"));
            rows.add(page(chromium, "page /oversikt/alle?side=20", "/oversikt/alle?side=20"));
        }

        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, """
                %,d closed and %,d open cases in Fjordvekst, written in %.0f s.

                | list | p50 | p95 | p99 | max (ms) |
                |---|---|---|---|---|
                """, CLOSED, OPEN, loadSeconds));
        rows.forEach(r -> table.append(line(r)));
        System.out.println(table);
        Files.writeString(Path.of("target/case-lists-benchmark.md"), table);
    }

    /** A complaint through the staff API, routed by the platform: the shape every copy takes. */
    private static Document oneRealCase() {
        HttpResponse<String> created = post("http://localhost:8081/api/complaints", token("fjordvekst-receiver"), """
                {"track":"COMPLAINT","complainantRole":"PARTICIPANT","category":"FOLLOW_UP",
                 "subject":"Oppfølging","description":"Et eksempel.","language":"nb",
                 "staffRegistration":{"medium":"IN_PERSON","confirmedByComplainant":true}}
                """);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String complaintId = json(created).get("complaintId").asString();
        try (MongoClient client = MongoClients.create("mongodb://localhost:27017")) {
            MongoCollection<Document> cases =
                    client.getDatabase("klagesak-routing-service").getCollection("cases");
            return await().atMost(Duration.ofSeconds(60))
                    .until(() -> cases.find(Filters.eq("_id", complaintId)).first(), found -> found != null);
        }
    }

    private static void load(MongoCollection<Document> cases, Document template) {
        Random random = new Random(27);
        LocalDate today = LocalDate.now(OSLO);
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < CLOSED + OPEN; i++) {
            boolean open = i >= CLOSED;
            // Closed ones over the last ten years; open ones in the last two months.
            int daysAgo = open ? random.nextInt(60) : 60 + random.nextInt(3650);
            Instant received = today.minusDays(daysAgo)
                    .atTime(8 + random.nextInt(9), 0)
                    .atZone(OSLO)
                    .toInstant();
            String id = UUID.randomUUID().toString();
            Document assignment = new Document(template.get("assignment", Document.class));
            assignment.put("complaintId", id);
            assignment.put("reference", "FJO-BENCH-" + i);
            assignment.put("handler", HANDLERS.get(random.nextInt(HANDLERS.size())));
            // As routing stores the template's: received today, its deadline 14 days on; the copy's moved as far back.
            assignment.put(
                    "deadline",
                    Date.from(template.get("assignment", Document.class)
                            .getDate("deadline")
                            .toInstant()
                            .minus(Duration.ofDays(daysAgo))));
            assignment.put("receivedAt", Date.from(received));
            assignment.put("assignedAt", Date.from(received.plusSeconds(1)));
            String outcome = List.of("UPHELD", "PARTLY_UPHELD", "NOT_UPHELD").get(random.nextInt(3));
            Document lists =
                    open ? new Document("open", true).append("attention", true) : new Document("outcome", outcome);
            Document copy = new Document(template);
            copy.put("_id", id);
            copy.put("assignment", assignment);
            copy.put("state", open ? "IN_PROGRESS" : "CLOSED");
            copy.put("outbox", List.of());
            copy.put("lists", lists);
            // Each closed one has had its retention looked after, as years of a running platform would have: the
            // benchmark measures the lists, not the erasure of ninety thousand cases at once.
            if (!open) copy.put("watched", List.of("retention-expired"));
            copy.put(
                    "timeline",
                    open
                            ? List.of()
                            : List.of(new Document("at", Date.from(received.plusSeconds(86_400)))
                                    .append("by", "fjordvekst-handler")
                                    .append("action", "RESOLVE")
                                    .append("from", "IN_PROGRESS")
                                    .append("to", "RESOLVED")
                                    .append("outcome", outcome)));
            batch.add(copy);
            if (batch.size() == 1_000) {
                cases.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) cases.insertMany(batch);
    }

    /** 5 requests to warm, then {@value #TIMED} timed, one at a time. */
    private static String[] api(String name, String path, String token) {
        for (int i = 0; i < 5; i++)
            assertThat(get(ROUTING + path, token).statusCode()).isEqualTo(200);
        Histogram took = new Histogram(60_000_000L, 3);
        for (int i = 0; i < TIMED; i++) {
            long t = System.nanoTime();
            HttpResponse<String> answer = get(ROUTING + path, token);
            took.recordValue((System.nanoTime() - t) / 1000);
            assertThat(answer.statusCode()).isEqualTo(200);
        }
        return row(name, took);
    }

    /**
     * 3 loads to warm, then {@value #TIMED} timed: the server's share, from the request's start to the response's end.
     */
    private static String[] page(Browser chromium, String name, String path) {
        Histogram took = new Histogram(60_000_000L, 3);
        for (int i = 0; i < TIMED + 3; i++) {
            chromium.driver.get(WEB + path);
            Object ms = ((JavascriptExecutor) chromium.driver)
                    .executeScript("const n = performance.getEntriesByType('navigation')[0];"
                            + " return n.responseEnd - n.fetchStart;");
            // From the browser's fetch to the last byte of the page: the server's time and the loopback.
            if (i >= 3) took.recordValue(Math.max(0, Math.round(((Number) ms).doubleValue() * 1000)));
        }
        assertThat(chromium.driver.getCurrentUrl()).startsWith(WEB);
        return row(name, took);
    }

    private static String line(String[] row) {
        return "| " + String.join(" | ", row) + " |\n";
    }

    private static String[] row(String name, Histogram took) {
        // Each list as it is measured, so a run that stops part way still tells what it measured.
        System.out.print("case lists: " + name + " " + ms(took, 50) + " / " + ms(took, 95) + " ms\n");
        return new String[] {
            name,
            ms(took, 50),
            ms(took, 95),
            ms(took, 99),
            String.format(Locale.ROOT, "%.1f", took.getMaxValue() / 1000.0)
        };
    }

    private static String ms(Histogram h, double percentile) {
        return String.format(Locale.ROOT, "%.1f", h.getValueAtPercentile(percentile) / 1000.0);
    }
}
