package no.klagesak.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import no.klagesak.contracts.DeviationHandled;
import no.klagesak.contracts.DeviationOverdue;
import no.klagesak.contracts.DeviationReported;
import no.klagesak.contracts.EventJson;
import no.klagesak.contracts.Topics;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.KafkaRecords;
import no.klagesak.support.test.TestHttp;
import no.klagesak.support.test.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A deviation reported over HTTP, kept sealed in the store, announced on Kafka without its words, read by whom it may
 * concern, handled once by its receiver, and counted for the board.
 */
@ComponentTest
class DeviationComponentTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    MongoTemplate store;

    private final String handler = TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler");
    private final String director = TestIssuer.shared().token("fjordvekst", "fjordvekst-director", "managing-director");
    private final String board = TestIssuer.shared().token("fjordvekst", "fjordvekst-board", "board");
    private final String otherTenantsDirector =
            TestIssuer.shared().token("lysheim", "lysheim-director", "managing-director");

    @Autowired
    org.springframework.cloud.stream.function.StreamBridge streamBridge;

    /** A case of the tenant's, for a report to name: its reference. */
    private String aCase() {
        String complaintId = UUID.randomUUID().toString();
        String reference = "FJV-2026-" + (10_000 + new java.util.Random().nextInt(89_999));
        no.klagesak.support.test.TestEvents.publish(
                streamBridge,
                no.klagesak.support.test.TestEvents.received(
                        "fjordvekst", complaintId, reference, java.time.Instant.now(), null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestHttp.localhost(port)
                                .get("/api/cases/" + complaintId, director)
                                .statusCode()
                        == 200);
        return reference;
    }

    private @org.jspecify.annotations.Nullable String reference;

    private String form(String id, String what, boolean concernsDirector) {
        if (reference == null) reference = aCase();
        return """
                {"id":"%s","kind":"ACKNOWLEDGEMENT","what":"%s","happenedOn":"2026-12-01",\
                "caseReference":"%s","concernsDirector":%s}""".formatted(id, what, reference, concernsDirector);
    }

    @Test
    void a_handler_reports_the_director_reads_and_handles_it_and_the_board_counts_it() {
        TestHttp api = TestHttp.localhost(port);
        String id = UUID.randomUUID().toString();
        int year = LocalDate.now(ZoneId.of("Europe/Oslo")).getYear();
        long before = TestHttp.json(api.get("/api/deviations/counts?year=" + year, board))
                .path("byKind")
                .path("ACKNOWLEDGEMENT")
                .asLong();

        var refused = api.post("/api/deviations", handler, "{\"id\":\"" + id + "\",\"kind\":\"\",\"what\":\"\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"kind\"", "\"what\"", "missing");
        assertThat(api.get("/api/deviations/" + id, handler).statusCode()).isEqualTo(404);

        var created = api.post("/api/deviations", handler, form(id, "Kvitteringen kom aldri fram.", false));
        assertThat(created.statusCode()).isEqualTo(201);
        var report = TestHttp.json(created);
        assertThat(report.path("receiver").asString()).isEqualTo("fjordvekst-director");
        assertThat(report.path("receiverName").asString()).isEqualTo("Dagny");
        assertThat(report.path("reporter").asString()).isEqualTo("fjordvekst-handler");
        assertThat(report.path("reporterName").asString()).isEqualTo("Henrik");
        // The case it names is found, so the pages can link to it; a reference the tenant has no case with is refused.
        assertThat(report.path("complaintId").asString()).isNotBlank();
        var unknown = api.post(
                "/api/deviations",
                handler,
                "{\"id\":\"" + UUID.randomUUID()
                        + "\",\"kind\":\"OTHER\",\"what\":\"Noe.\",\"caseReference\":\"FJV-1999-0000\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("caseReference", "unknown");
        assertThat(api.post("/api/deviations", handler, form(id, "Kvitteringen kom aldri fram.", false))
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.post("/api/deviations", handler, form(id, "Noe annet.", false))
                        .statusCode())
                .isEqualTo(409);
        // A report about the director, where the routine names no one else and there is no board contact: refused.
        var nowhere =
                api.post("/api/deviations", handler, form(UUID.randomUUID().toString(), "Om daglig leder.", true));
        assertThat(nowhere.statusCode()).isEqualTo(400);
        assertThat(nowhere.body()).contains("receiver", "none");

        // The words are sealed at rest, and the event that announces it carries none of them.
        String stored = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> store.getCollection("deviations")
                                .find(new org.bson.Document("_id", "fjordvekst/" + id))
                                .first(),
                        d -> d != null && d.getList("outbox", Object.class).isEmpty())
                .toJson();
        assertThat(stored).contains("sealed:v2:").doesNotContain("Kvitteringen kom aldri fram");
        var announced = KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, id, DeviationReported.TYPE).stream()
                .filter(r -> r.value().contains(DeviationReported.TYPE))
                .toList();
        assertThat(announced).hasSize(1);
        assertThat(announced.getFirst().value()).doesNotContain("Kvitteringen");
        assertThat(((DeviationReported)
                                EventJson.read(announced.getFirst().value()).data())
                        .receiver())
                .isEqualTo("fjordvekst-director");

        // Who reads it: the director and the reporter; another tenant does not find it.
        assertThat(api.get("/api/deviations?year=" + year, director).body())
                .contains(id, "Kvitteringen kom aldri fram.");
        assertThat(api.get("/api/deviations?year=" + year, handler).body()).contains(id);
        assertThat(api.get("/api/deviations/" + id, otherTenantsDirector).statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/deviations?year=" + year, otherTenantsDirector).body())
                .doesNotContain(id);

        // Only the receiver handles it, once.
        assertThat(api.post("/api/deviations/" + id + "/handling", handler, "{\"measures\":\"Gjort.\"}")
                        .statusCode())
                .isEqualTo(403);
        var handled =
                api.post("/api/deviations/" + id + "/handling", director, "{\"measures\":\"Rutinen gått gjennom.\"}");
        assertThat(handled.statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(handled).path("handling").path("measures").asString())
                .isEqualTo("Rutinen gått gjennom.");
        assertThat(api.post("/api/deviations/" + id + "/handling", director, "{\"measures\":\"Igjen.\"}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, id, DeviationHandled.TYPE))
                .extracting(r -> EventJson.read(r.value()).type())
                .containsExactly(DeviationReported.TYPE, DeviationHandled.TYPE);

        var counts = TestHttp.json(api.get("/api/deviations/counts?year=" + year, board));
        assertThat(counts.path("byKind").path("ACKNOWLEDGEMENT").asLong()).isEqualTo(before + 1);
        assertThat(counts.toString()).doesNotContain("Kvitteringen", "Rutinen gått");
        assertThat(api.get("/api/deviations/counts?year=" + year, handler).statusCode())
                .isEqualTo(403);
    }

    @Autowired
    no.klagesak.routing.deviation.Deviations deviations;

    /** The watch, on the day after a report's deadline: the receiver is reminded once, through the outbox. */
    @Test
    void the_day_after_its_deadline_an_unhandled_report_is_said_to_be_overdue_once() {
        TestHttp api = TestHttp.localhost(port);
        String id = UUID.randomUUID().toString();
        var created = TestHttp.json(api.post("/api/deviations", handler, form(id, "Ingen tok tak i det.", false)));
        LocalDate deadline = LocalDate.parse(created.path("deadline").asString());
        var dayAfter = java.time.Clock.fixed(
                deadline.plusDays(1)
                        .atTime(7, 0)
                        .atZone(ZoneId.of("Europe/Oslo"))
                        .toInstant(),
                ZoneId.of("Europe/Oslo"));
        var watch = new no.klagesak.routing.deviation.WatchingDeviations(deviations, dayAfter);

        assertThat(watch.watch()).isPositive();
        assertThat(watch.watch()).isZero();
        var overdue = KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, id, DeviationOverdue.TYPE).stream()
                .filter(r -> r.value().contains(DeviationOverdue.TYPE))
                .toList();
        assertThat(overdue).hasSize(1);
        assertThat(((DeviationOverdue)
                                EventJson.read(overdue.getFirst().value()).data())
                        .deadline())
                .isEqualTo(deadline);
        assertThat(overdue.getFirst().value()).doesNotContain("Ingen tok tak");
    }
}
