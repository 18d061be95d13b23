package no.klagesak.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.TestEvents;
import no.klagesak.support.test.TestHttp;
import no.klagesak.support.test.TestIssuer;
import no.klagesak.support.test.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.function.StreamBridge;
import tools.jackson.databind.JsonNode;

/** reporting-service counting real Kafka events into the Mongo-compatible store. */
@ComponentTest
class ReportingComponentTest implements no.klagesak.support.test.EveryEndpointRefusesForgedTokens {

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @LocalServerPort
    int port;

    /** Every endpoint × every role × the owner's and another tenant's token, against the approved matrix; 0 leaks. */
    @org.junit.jupiter.api.Test
    void the_access_matrix_is_as_approved_and_another_tenant_gets_nothing(
            @org.springframework.beans.factory.annotation.Autowired
                    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
                    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings)
            throws Exception {
        String board = TestIssuer.shared().token("fjordvekst", "fjordvekst-board", "board");
        TestEvents.publish(streamBridge, received("fjordvekst", "FOLLOW_UP"));
        var job = TestHttp.json(
                TestHttp.localhost(port).post("/api/reports/annual/exports?year=2026&format=csv", board, ""));
        String jobId = job.get("id").asString();
        no.klagesak.support.test.AccessMatrix.assertApproved(
                port,
                mappings,
                "fjordvekst",
                "lysheim",
                java.util.Map.of("id", jobId),
                List.of(jobId, "\"tenantId\":\"fjordvekst\""),
                java.util.Set.of());
    }

    @Autowired
    StreamBridge streamBridge;

    @Test
    void how_complaints_were_handled_follows_their_events_and_a_replay_changes_nothing() {
        String tenant = "handling-" + UUID.randomUUID().toString().substring(0, 8);
        String board = TestIssuer.shared().token(tenant, tenant + "-board", "board");
        TestHttp api = TestHttp.localhost(port);
        String answered = UUID.randomUUID().toString();
        String late = UUID.randomUUID().toString();
        Instant monday = Instant.parse("2026-11-02T08:00:00Z");
        List<EventEnvelope> events = new java.util.ArrayList<>();
        for (String id : List.of(answered, late)) {
            events.add(EventEnvelope.of(
                    tenant,
                    id,
                    monday,
                    new ComplaintReceived(
                            "R-1",
                            "COMPLAINT",
                            "WEB_FORM",
                            "PARTICIPANT",
                            "FOLLOW_UP",
                            1,
                            false,
                            false,
                            monday,
                            null)));
            events.add(EventEnvelope.of(
                    tenant,
                    id,
                    monday,
                    new no.klagesak.contracts.ComplaintAssigned(
                            "R-1", "h", "LINE_MANAGER", 14, java.time.LocalDate.of(2026, 11, 16))));
        }
        events.add(EventEnvelope.of(
                tenant,
                answered,
                Instant.parse("2026-11-06T10:00:00Z"),
                new no.klagesak.contracts.CaseChanged(
                        "R-1",
                        "RESOLVE",
                        "RESOLVED",
                        "h",
                        java.time.LocalDate.of(2026, 11, 16),
                        "PARTLY_UPHELD",
                        false,
                        "Svar.")));
        events.add(EventEnvelope.of(
                tenant,
                late,
                Instant.parse("2026-11-17T06:00:00Z"),
                new no.klagesak.contracts.DeadlineBreached("R-1", "h", java.time.LocalDate.of(2026, 11, 16), false)));
        events.forEach(e -> TestEvents.publish(streamBridge, e));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode handling = TestHttp.json(api.get("/api/statistics/handling?year=2026", board));
            assertThat(handling.get("received").asLong()).isEqualTo(2);
            assertThat(handling.get("answered").asLong()).isEqualTo(1);
            assertThat(handling.get("deviations").asLong()).isEqualTo(1);
        });
        String first = api.get("/api/statistics/handling?year=2026", board).body();
        assertThat(TestHttp.json(api.get("/api/statistics/handling?year=2026", board))
                        .get("medianHandlingDays")
                        .asLong())
                .isEqualTo(4);
        assertThat(first).contains("\"PARTLY_UPHELD\":1", "\"deadlineCompliancePercent\":100", "\"open\":1");

        // The same events again, as a replay from the start of the topic: the numbers stay as they were.
        events.forEach(e -> TestEvents.publish(streamBridge, e));
        settled();
        assertThat(api.get("/api/statistics/handling?year=2026", board).body()).isEqualTo(first);
    }

    @Test
    void public_statistics_show_small_counts_as_under_five_and_of_reports_only_a_total_and_only_where_published() {
        String tenant = "open-" + UUID.randomUUID().toString().substring(0, 8);
        var routine = TestTenants.routine("Åpen AS", true, 14);
        TestTenants.publish(
                kafka,
                TestTenants.snapshot(
                        tenant,
                        "Åpen AS",
                        1,
                        List.of(new no.klagesak.contracts.tenant.RoutineVersion(
                                1,
                                Instant.now(),
                                "admin",
                                List.of(),
                                routine.withRetention(
                                        new no.klagesak.contracts.tenant.Routine.Retention(true, 5, 10))))));
        String hidden = "closed-" + UUID.randomUUID().toString().substring(0, 8);
        TestTenants.publish(
                kafka,
                TestTenants.snapshot(hidden, "Lukket AS", 1, List.of(TestTenants.version(1, "Lukket AS", true, 14))));
        for (int i = 0; i < 6; i++) TestEvents.publish(streamBridge, received(tenant, "FOLLOW_UP"));
        TestEvents.publish(streamBridge, received(tenant, "RETIRED_TOPIC"));
        Instant at = Instant.parse("2026-11-25T09:00:00Z");
        TestEvents.publish(
                streamBridge,
                EventEnvelope.of(
                        tenant,
                        UUID.randomUUID().toString(),
                        at,
                        new ComplaintReceived(
                                "R-2",
                                "WHISTLEBLOWING",
                                "WEB_FORM",
                                "EMPLOYEE",
                                "HARASSMENT",
                                1,
                                true,
                                false,
                                at,
                                null)));
        TestHttp api = TestHttp.localhost(port);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode published = TestHttp.json(api.get("/public/tenants/" + tenant + "/statistics?year=2026", null));
            // 7 with 6 shown would give the single one away: the total is the range the cells already give.
            assertThat(published.get("complaints").asString()).isEqualTo("7–10");
            assertThat(published.at("/categories/FOLLOW_UP").asString()).isEqualTo("6");
            assertThat(published.at("/categories/RETIRED_TOPIC").asString()).isEqualTo("<5");
            assertThat(published.get("whistleblowing").asString()).isEqualTo("<5");
            assertThat(published.toString()).doesNotContain("HARASSMENT");
        });
        assertThat(api.get("/public/tenants/" + hidden + "/statistics", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_annual_report_section_downloads_as_csv_xlsx_and_pdf_with_the_numbers_and_only_for_the_board()
            throws Exception {
        String tenant = "annual-" + UUID.randomUUID().toString().substring(0, 8);
        TestTenants.publish(
                kafka,
                TestTenants.snapshot(
                        tenant, "Årsrapport AS", 1, List.of(TestTenants.version(1, "Årsrapport AS", true, 14))));
        for (int i = 0; i < 3; i++) TestEvents.publish(streamBridge, received(tenant, "FOLLOW_UP"));
        String board = TestIssuer.shared().token(tenant, tenant + "-board", "board");
        TestHttp api = TestHttp.localhost(port);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> statistics(api, board).get("total").asLong() == 3);

        String csv = api.get("/api/reports/annual?year=2026&format=csv", board).body();
        // The annual report is published: three complaints are "<5".
        assertThat(csv).contains("Totalt;Klager og varsler mottatt;<5;0").contains(";2026;2025");

        var client = java.net.http.HttpClient.newHttpClient();
        var xlsx = client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                "http://localhost:" + port + "/api/reports/annual?year=2026&format=xlsx"))
                        .header("Authorization", "Bearer " + board)
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Antall og type klager og varsler i 2026, Årsrapport AS");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Klager og varsler mottatt");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("<5");
        }

        var pdf = client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                "http://localhost:" + port + "/api/reports/annual?year=2026&format=pdf"))
                        .header("Authorization", "Bearer " + board)
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains(
                            "Antall og type klager og varsler i 2026, Årsrapport AS", "Klager og varsler mottatt <5 0");
        }
        // The same file made in the background, its progress asked for until it is done.
        var started = api.post("/api/reports/annual/exports?year=2026&format=pdf", board, "");
        assertThat(started.statusCode()).isEqualTo(202);
        String job = started.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestHttp.json(api.get(job, board)).get("state").asString(), "DONE"::equals);
        JsonNode progress = TestHttp.json(api.get(job, board));
        assertThat(progress.get("percent").asInt()).isEqualTo(100);
        assertThat(progress.get("step").asInt()).isEqualTo(progress.get("steps").asInt());
        var file = client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + job + "/file"))
                        .header("Authorization", "Bearer " + board)
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        try (var document = org.apache.pdfbox.Loader.loadPDF(file.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Klager og varsler mottatt <5 0")
                    .as("no month by month in a published report: its sum would give the total away")
                    .doesNotContain("Måned for måned");
        }
        String other = TestIssuer.shared().token("someone-else", "someone-else-board", "board");
        assertThat(api.get(job, other).statusCode()).isEqualTo(404);

        String handler = TestIssuer.shared().token(tenant, tenant + "-handler", "handler");
        assertThat(api.get("/api/reports/annual?year=2026&format=csv", handler).statusCode())
                .isEqualTo(403);
        assertThat(api.post("/api/reports/annual/exports?year=2026&format=csv", handler, "")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void the_platform_operator_compares_tenants_without_their_names_and_only_those_with_five_complaints_or_more() {
        String big = "big-" + UUID.randomUUID().toString().substring(0, 8);
        String small = "small-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 6; i++) TestEvents.publish(streamBridge, received(big, "FOLLOW_UP"));
        for (int i = 0; i < 2; i++) TestEvents.publish(streamBridge, received(small, "FOLLOW_UP"));
        String operator = TestIssuer.shared()
                .sign(TestIssuer.claims("operator", "platform-operator").build());
        TestHttp api = TestHttp.localhost(port);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/platform/comparison?year=2026", operator)
                                .body())
                        .contains("\"received\":6"));
        String body = api.get("/api/platform/comparison?year=2026", operator).body();
        assertThat(body).contains("Virksomhet 1").doesNotContain(big, small, "\"received\":2,");
        String admin = TestIssuer.shared().token(big, big + "-admin", "tenant-admin");
        assertThat(api.get("/api/platform/comparison?year=2026", admin).statusCode())
                .isEqualTo(403);
    }

    @Test
    void survey_answers_count_once_each_and_show_averages_only_from_five_answers() {
        String tenant = "survey-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        TestHttp api = TestHttp.localhost(port);
        String board = TestIssuer.shared().token(tenant, tenant + "-board", "board");
        List<EventEnvelope> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(EventEnvelope.ofTenant(
                    tenant,
                    java.time.Instant.parse("2026-11-20T10:00:00Z"),
                    new no.klagesak.contracts.SatisfactionAnswered("2026-11", "COMPLAINT", i < 4 ? 4 : 2, 5, i < 3)));
        }
        answers.subList(0, 4).forEach(e -> TestEvents.publish(streamBridge, e));
        TestEvents.publish(streamBridge, answers.getFirst());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestHttp.json(api.get("/api/statistics/survey?year=2026", board))
                                .get("answers")
                                .asLong()
                        == 4);
        JsonNode few = TestHttp.json(api.get("/api/statistics/survey?year=2026", board));
        assertThat(few.get("tooFewToShow").asBoolean()).isTrue();
        assertThat(few.get("satisfied").isNull()).isTrue();

        TestEvents.publish(streamBridge, answers.getLast());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestHttp.json(api.get("/api/statistics/survey?year=2026", board))
                                .get("answers")
                                .asLong()
                        == 5);
        JsonNode shown = TestHttp.json(api.get("/api/statistics/survey?year=2026", board));
        assertThat(shown.get("satisfied").asDouble()).isEqualTo(3.6);
        assertThat(shown.get("heard").asDouble()).isEqualTo(5.0);
        assertThat(shown.get("wouldComplainAgainPercent").asLong()).isEqualTo(60);
    }

    @Test
    void answers_given_when_leaving_count_once_each_on_the_dashboard_apart_from_the_survey_after_a_case() {
        String tenant = "leaving-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        TestHttp api = TestHttp.localhost(port);
        String board = TestIssuer.shared().token(tenant, tenant + "-board", "board");
        List<EventEnvelope> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(EventEnvelope.ofTenant(
                    tenant,
                    java.time.Instant.parse("2026-11-20T10:00:00Z"),
                    new no.klagesak.contracts.LeavingSurveyAnswered("2026-11", i < 2 ? 5 : 3, 4, i != 0)));
        }
        answers.subList(0, 4).forEach(e -> TestEvents.publish(streamBridge, e));
        TestEvents.publish(streamBridge, answers.getFirst());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> leaving(api, board).get("answers").asLong() == 4);
        assertThat(leaving(api, board).get("tooFewToShow").asBoolean()).isTrue();
        assertThat(leaving(api, board).get("satisfied").isNull()).isTrue();

        TestEvents.publish(streamBridge, answers.getLast());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> leaving(api, board).get("answers").asLong() == 5);
        JsonNode shown = leaving(api, board);
        assertThat(shown.get("satisfied").asDouble()).isEqualTo(3.8);
        assertThat(shown.get("heard").asDouble()).isEqualTo(4.0);
        assertThat(shown.get("wouldRecommendPercent").asLong()).isEqualTo(80);
        // Two more: counted, not shown until there are five more, so no one's answer shows by the difference.
        for (int i = 0; i < 2; i++) {
            TestEvents.publish(
                    streamBridge,
                    EventEnvelope.ofTenant(
                            tenant,
                            java.time.Instant.parse("2026-11-21T10:00:00Z"),
                            new no.klagesak.contracts.LeavingSurveyAnswered("2026-11", 1, 1, false)));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> leaving(api, board).get("answers").asLong() == 7);
        JsonNode later = leaving(api, board);
        assertThat(later.get("counted").asLong()).isEqualTo(5);
        assertThat(later.get("satisfied").asDouble()).isEqualTo(3.8);
        assertThat(later.get("wouldRecommendPercent").asLong()).isEqualTo(80);
        assertThat(TestHttp.json(api.get("/api/statistics/survey?year=2026", board))
                        .get("answers")
                        .asLong())
                .as("the survey after a case counts none of them")
                .isZero();
        String otherBoard = TestIssuer.shared().token("lysheim", "lysheim-board", "board");
        assertThat(TestHttp.json(api.get("/api/statistics/dashboard?year=2026", otherBoard))
                        .get("leavingSurvey")
                        .get("answers")
                        .asLong())
                .as("another tenant's board")
                .isZero();
    }

    private static JsonNode leaving(TestHttp api, String token) {
        return TestHttp.json(api.get("/api/statistics/dashboard?year=2026", token))
                .get("leavingSurvey");
    }

    @Test
    void each_complaint_counts_once_for_its_own_tenant_by_type() {
        TestHttp api = TestHttp.localhost(port);
        String board = TestIssuer.shared().token("lysheim", "lysheim-board", "board");
        long before = statistics(api, board).get("total").asLong();

        EventEnvelope first = received("lysheim", "FOLLOW_UP");
        TestEvents.publish(streamBridge, first);
        TestEvents.publish(streamBridge, first);
        TestEvents.publish(streamBridge, received("lysheim", "WORK_ENVIRONMENT"));
        TestEvents.publish(streamBridge, received("fjordvekst", "FOLLOW_UP"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> statistics(api, board).get("total").asLong() == before + 2);
        settled();
        assertThat(statistics(api, board).get("total").asLong()).isEqualTo(before + 2);
        JsonNode stats = statistics(api, board);
        assertThat(stats.at("/byCategory/WORK_ENVIRONMENT").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("tenantId").asString()).isEqualTo("lysheim");
    }

    @Test
    void category_names_follow_the_tenants_routine_as_published_on_the_tenant_topic() {
        String tenant = "navn-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        var first = TestTenants.version(1, "Navn AS", true, 14);
        TestTenants.publish(kafka, TestTenants.snapshot(tenant, "Navn AS", 1, List.of(first)));
        TestHttp api = TestHttp.localhost(port);
        String board = TestIssuer.shared().token(tenant, tenant + "-board", "board");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> statistics(api, board)
                        .at("/categoryNames/FOLLOW_UP")
                        .asString("")
                        .equals("Oppfølging"));

        var renamed = first.routine()
                .withCategories(first.routine().categories().stream()
                        .map(c -> c.code().equals("FOLLOW_UP")
                                ? new Routine.Category(
                                        c.code(),
                                        new Routine.Names("Oppfølging og veiledning", "x", "y"),
                                        c.track(),
                                        false)
                                : c)
                        .toList());
        TestTenants.publish(
                kafka,
                TestTenants.snapshot(
                        tenant,
                        "Navn AS",
                        2,
                        List.of(first, new RoutineVersion(2, Instant.now(), "admin", List.of(), renamed))));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> statistics(api, board)
                        .at("/categoryNames/FOLLOW_UP")
                        .asString("")
                        .equals("Oppfølging og veiledning"));
    }

    @Autowired
    no.klagesak.reporting.statistics.messaging.Rebuilding rebuilding;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Autowired
    no.klagesak.reporting.statistics.Rollups rollups;

    @Test
    void the_dashboard_reads_rollups_by_month_unit_and_backlog_and_a_rebuild_from_the_topic_gives_the_same_numbers() {
        String tenant = "dash-" + UUID.randomUUID().toString().substring(0, 8);
        String board = TestIssuer.shared().token(tenant, tenant + "-board", "board");
        TestHttp api = TestHttp.localhost(port);
        Instant march = Instant.parse("2026-03-10T09:00:00Z");
        Instant lastMarch = Instant.parse("2025-03-10T09:00:00Z");
        String answered = UUID.randomUUID().toString();
        List<EventEnvelope> events = new java.util.ArrayList<>();
        events.add(receivedAt(tenant, answered, march, "unit-workshop"));
        events.add(EventEnvelope.of(
                tenant,
                answered,
                march,
                new no.klagesak.contracts.ComplaintAssigned(
                        "R", "h", "LINE_MANAGER", 14, java.time.LocalDate.of(2026, 3, 24))));
        events.add(EventEnvelope.of(
                tenant,
                answered,
                Instant.parse("2026-03-20T09:00:00Z"),
                new no.klagesak.contracts.CaseChanged(
                        "R", "RESOLVE", "RESOLVED", "h", java.time.LocalDate.of(2026, 3, 24), "UPHELD", false)));
        events.add(receivedAt(tenant, UUID.randomUUID().toString(), march, null));
        events.add(receivedAt(tenant, UUID.randomUUID().toString(), lastMarch, "unit-workshop"));
        events.forEach(e -> TestEvents.publish(streamBridge, e));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode dashboard = TestHttp.json(api.get("/api/statistics/dashboard?year=2026", board));
            assertThat(dashboard.at("/counts/total").asLong()).isEqualTo(2);
            assertThat(dashboard.at("/handling/answered").asLong()).isEqualTo(1);
            assertThat(dashboard.at("/behindSeconds").asLong()).isZero();
        });
        JsonNode dashboard = TestHttp.json(api.get("/api/statistics/dashboard?year=2026", board));
        assertThat(dashboard.at("/previous/total").asLong()).isEqualTo(1);
        assertThat(dashboard.at("/months/2/complaints").asLong()).isEqualTo(2);
        assertThat(dashboard.at("/months/2/previousComplaints").asLong()).isEqualTo(1);
        assertThat(dashboard.at("/months/3/complaints").asLong()).isZero();
        assertThat(dashboard.at("/byUnit/unit-workshop").asLong()).isEqualTo(1);
        assertThat(dashboard.at("/byUnit/-").asLong()).isEqualTo(1);
        assertThat(dashboard.at("/handling/medianHandlingDays").asLong()).isEqualTo(10);
        // Open: one from March this year and one from March last year, both waited more than 90 days.
        assertThat(dashboard.at("/backlog/open").asLong()).isEqualTo(2);
        assertThat(dashboard.at("/backlog/byAge/91+").asLong()).isEqualTo(2);
        assertThat(meters.find("klagesak.reporting.rollup.behind").gauge()).isNotNull();
        assertThat(meters.find("klagesak.reporting.event.lag").timer().count()).isPositive();

        var fact = mongo.findById(answered, org.bson.Document.class, "complaint_facts");
        assertThat(fact.getDate("assignedAt").toInstant()).isEqualTo(march);
        assertThat(fact.getDate("resolvedAt").toInstant()).isEqualTo(Instant.parse("2026-03-20T09:00:00Z"));
        assertThat(fact.getBoolean("acknowledgedOnReceipt")).isTrue();
        assertThat(fact.getString("unit")).isEqualTo("unit-workshop");

        var rebuilt = rebuilding.run();

        // Every complaint held came from this topic, which no retention has touched: the rebuild may run.
        assertThat(rebuilt).isInstanceOf(no.klagesak.reporting.statistics.messaging.Rebuilding.Rebuilt.class);
        assertThat(((no.klagesak.reporting.statistics.messaging.Rebuilding.Rebuilt) rebuilt).events())
                .isGreaterThanOrEqualTo(events.size());
        assertThat(TestHttp.json(api.get("/api/statistics/dashboard?year=2026", board)))
                .isEqualTo(dashboard);
    }

    private static EventEnvelope receivedAt(String tenant, String id, Instant at, String unit) {
        return EventEnvelope.of(
                tenant,
                id,
                at,
                new ComplaintReceived(
                        "R",
                        "COMPLAINT",
                        "WEB_FORM",
                        "PARTICIPANT",
                        "FOLLOW_UP",
                        1,
                        false,
                        false,
                        at,
                        null,
                        unit == null ? null : new ComplaintReceived.RoutingHints(null, unit, false, null)));
    }

    private static JsonNode statistics(TestHttp api, String token) {
        return TestHttp.json(api.get("/api/statistics?year=2026", token));
    }

    private static EventEnvelope received(String tenant, String category) {
        Instant at = Instant.parse("2026-11-25T09:00:00Z");
        return EventEnvelope.of(
                tenant,
                UUID.randomUUID().toString(),
                at,
                new ComplaintReceived(
                        "2026-00001", "COMPLAINT", "WEB_FORM", "PARTICIPANT", category, 1, false, false, at, null));
    }

    /** The served OpenAPI document describes what the service answers: each exchange below is checked against it. */
    @Test
    void the_served_api_document_describes_the_statistics_and_the_board_report() {
        var api = no.klagesak.support.test.ApiDocumentCheck.served(port);
        api.assertDescribed("Klagesak reporting-service");
        String board = TestIssuer.shared().token("fjordvekst", "fjordvekst-board", "board");
        TestEvents.publish(streamBridge, received("fjordvekst", "FOLLOW_UP"));
        settled();

        assertThat(api.send("GET", "/api/statistics", board, null).statusCode()).isEqualTo(200);
        assertThat(api.send("GET", "/api/statistics/handling?year=2026", board, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/statistics/dashboard", board, null).statusCode())
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/statistics/survey?year=2026", board, null)
                        .statusCode())
                .isEqualTo(200);

        assertThat(api.refused("GET", "/api/statistics", null, null).statusCode())
                .isEqualTo(401);
        assertThat(api.refused("GET", "/api/statistics/handling?year=twenty", board, null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.refused("GET", "/public/tenants/nobody/statistics", null, null)
                        .statusCode())
                .isEqualTo(404);
        api.assertEveryExchangeMatched();
    }

    /**
     * Everything published so far has been consumed by the service and every month it touched is rolled up again: what
     * the statistics show now is all they will show for those events.
     */
    private void settled() {
        no.klagesak.support.test.ConsumerLag.awaitConsumed(
                kafka, "reporting-service", no.klagesak.contracts.Topics.COMPLAINT_EVENTS, Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).until(() -> rollups.behindSince().isEmpty());
    }
}
