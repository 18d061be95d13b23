package no.klagesak.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import no.klagesak.contracts.CaseState;
import no.klagesak.contracts.ComplaintErased;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.ComplaintWithdrawn;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.EventJson;
import no.klagesak.contracts.RetentionExpired;
import no.klagesak.contracts.Topics;
import no.klagesak.routing.assignment.Cases;
import no.klagesak.routing.assignment.Retentions;
import no.klagesak.routing.assignment.RoutingRoutines;
import no.klagesak.routing.assignment.WatchingRetention;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.KafkaRecords;
import no.klagesak.support.test.TestEvents;
import no.klagesak.support.test.TestHttp;
import no.klagesak.support.test.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.function.StreamBridge;

/**
 * Retention over HTTP, the store and Kafka: an ended case is kept for its track's years (the test tenant: complaints
 * 5, whistleblowing reports 10), then promised for erasure exactly once by two watchers racing; a legal hold keeps it
 * until it is released; the tenant admin and the managing director see the dates and place holds, no one else.
 */
@ComponentTest
class RetentionComponentTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    StreamBridge streamBridge;

    @Autowired
    Retentions retentions;

    @Autowired
    Cases cases;

    @Autowired
    RoutingRoutines routines;

    private final String admin = TestIssuer.shared().token("fjordvekst", "fjordvekst-admin", "tenant-admin");

    @Test
    void an_ended_case_is_erased_after_its_tracks_years_once_and_not_while_a_legal_hold_is_on() throws Exception {
        String complaint = UUID.randomUUID().toString();
        String report = UUID.randomUUID().toString();
        receivedAndWithdrawn(complaint, "FJO-2026-0700", "COMPLAINT", "FOLLOW_UP");
        receivedAndWithdrawn(report, "FJO-2026-0701", "WHISTLEBLOWING", "HARASSMENT");
        LocalDate today = LocalDate.now(OSLO);

        var api = TestHttp.localhost(port);
        var view = TestHttp.json(api.get("/api/cases/" + complaint + "/retention", admin));
        assertThat(view.path("endedOn").asString()).isEqualTo(today.toString());
        assertThat(view.path("years").asInt()).isEqualTo(5);
        assertThat(view.path("eraseOn").asString()).isEqualTo(today.plusYears(5).toString());
        assertThat(TestHttp.json(api.get("/api/cases/" + report + "/retention", admin))
                        .path("eraseOn")
                        .asString())
                .isEqualTo(today.plusYears(10).toString());

        // A hold needs a reason, and only one is on at a time.
        assertThat(api.post("/api/cases/" + complaint + "/legal-hold", admin, "{\"reason\":\" \"}")
                        .statusCode())
                .isEqualTo(400);
        var placed = api.post(
                "/api/cases/" + complaint + "/legal-hold", admin, "{\"reason\":\"Tvist om arbeidsforholdet\"}");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        assertThat(TestHttp.json(placed).path("hold").path("placedBy").asString())
                .isEqualTo("fjordvekst-admin");
        assertThat(api.post("/api/cases/" + complaint + "/legal-hold", admin, "{\"reason\":\"igjen\"}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(TestHttp.json(api.get("/api/legal-holds", admin))
                        .valueStream()
                        .map(h -> h.path("complaintId").asString()))
                .contains(complaint)
                .doesNotContain(report);

        // Five years on, the complaint is held and the report has five more years: nothing is erased.
        race(today.plusYears(5));
        // Ten years on, the report is due; the complaint is still held.
        race(today.plusYears(10));
        var released = api.post(
                "/api/cases/" + complaint + "/legal-hold/release", admin, "{\"reason\":\"Tvisten er avsluttet\"}");
        assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
        assertThat(TestHttp.json(released).path("hold").isNull()).isTrue();
        assertThat(TestHttp.json(released)
                        .path("holds")
                        .get(0)
                        .path("releasedBy")
                        .asString())
                .isEqualTo("fjordvekst-admin");
        race(today.plusYears(10));
        race(today.plusYears(11));

        for (String id : List.of(complaint, report)) {
            var expired = KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, id, RetentionExpired.TYPE).stream()
                    .map(r -> EventJson.read(r.value()).data())
                    .filter(RetentionExpired.class::isInstance)
                    .map(RetentionExpired.class::cast)
                    .toList();
            assertThat(expired).as(id).hasSize(1);
            assertThat(expired.getFirst().endedOn()).isEqualTo(today);
        }
        assertThat(KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, report, RetentionExpired.TYPE).stream()
                        .map(r -> EventJson.read(r.value()).data())
                        .filter(RetentionExpired.class::isInstance)
                        .map(RetentionExpired.class::cast)
                        .findFirst()
                        .orElseThrow()
                        .years())
                .isEqualTo(10);

        // intake erases and tells every service: the case knows, and a hold can no longer be placed.
        TestEvents.publish(
                streamBridge,
                EventEnvelope.of(
                        "fjordvekst",
                        complaint,
                        Instant.now(),
                        new ComplaintErased("FJO-2026-0700", Instant.now(), ComplaintErased.RETENTION)));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        retentions.find("fjordvekst", complaint).orElseThrow().erasedAt() != null);
        assertThat(api.post("/api/cases/" + complaint + "/legal-hold", admin, "{\"reason\":\"for sent\"}")
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void only_the_tenant_admin_and_the_managing_director_see_retention_and_another_tenant_sees_nothing() {
        String id = UUID.randomUUID().toString();
        receivedAndWithdrawn(id, "FJO-2026-0702", "COMPLAINT", "FOLLOW_UP");
        var api = TestHttp.localhost(port);
        String path = "/api/cases/" + id + "/retention";

        assertThat(api.get(path, TestIssuer.shared().token("fjordvekst", "fjordvekst-director", "managing-director"))
                        .statusCode())
                .isEqualTo(200);
        String handler = TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler");
        assertThat(api.get(path, handler).statusCode()).isEqualTo(403);
        assertThat(api.post("/api/cases/" + id + "/legal-hold", handler, "{\"reason\":\"x\"}")
                        .statusCode())
                .isEqualTo(403);
        String otherAdmin = TestIssuer.shared().token("lysheim", "lysheim-admin", "tenant-admin");
        assertThat(api.get(path, otherAdmin).statusCode()).isEqualTo(404);
        assertThat(api.post("/api/cases/" + id + "/legal-hold", otherAdmin, "{\"reason\":\"x\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(TestHttp.json(api.get("/api/legal-holds", otherAdmin))
                        .valueStream()
                        .map(h -> h.path("complaintId").asString()))
                .doesNotContain(id);
    }

    private void receivedAndWithdrawn(String id, String reference, String track, String category) {
        Instant now = Instant.now();
        TestEvents.publish(
                streamBridge,
                EventEnvelope.of(
                        "fjordvekst",
                        id,
                        now,
                        new ComplaintReceived(
                                reference, track, "WEB_FORM", "EMPLOYEE", category, 1, false, false, now, null)));
        TestEvents.publish(
                streamBridge, EventEnvelope.of("fjordvekst", id, now, new ComplaintWithdrawn(reference, now, false)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> retentions
                        .find("fjordvekst", id)
                        .filter(f -> f.state() == CaseState.WITHDRAWN)
                        .isPresent());
    }

    /** Two watchers, five rounds each, at the same time, on {@code day}. */
    private void race(LocalDate day) throws Exception {
        Clock clock = Clock.fixed(day.atTime(12, 0).atZone(OSLO).toInstant(), OSLO);
        var first = new WatchingRetention(retentions, cases, routines, clock);
        var second = new WatchingRetention(retentions, cases, routines, clock);
        List<Callable<Integer>> rounds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rounds.add(first::watch);
            rounds.add(second::watch);
        }
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (var result : pool.invokeAll(rounds)) result.get();
        }
    }
}
