package no.klagesak.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import no.klagesak.contracts.CaseChanged;
import no.klagesak.contracts.ComplaintEscalationRequested;
import no.klagesak.contracts.ComplaintInformationAdded;
import no.klagesak.contracts.ComplaintQuestionAsked;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.EventJson;
import no.klagesak.contracts.IntegrationEvent;
import no.klagesak.contracts.Topics;
import no.klagesak.support.sealing.EventSealer;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.KafkaRecords;
import no.klagesak.support.test.TestEvents;
import no.klagesak.support.test.TestHttp;
import no.klagesak.support.test.TestIssuer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.function.StreamBridge;
import tools.jackson.databind.JsonNode;

/**
 * A case's workflow over HTTP, Kafka and the store: the handler's steps against a version, the complainant's steps
 * from intake's events, a conflict and an impossible step answered 409, and each step an event without its text.
 */
@ComponentTest
class WorkflowComponentTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    StreamBridge streamBridge;

    @Autowired
    EventSealer eventSealer;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate store;

    private final String handler = TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler");

    private void publish(String complaintId, IntegrationEvent data) {
        TestEvents.publish(streamBridge, EventEnvelope.of("fjordvekst", complaintId, Instant.now(), data));
    }

    /** An anonymous complaint from the web form, received now, with what it said about whom it concerns. */
    private static ComplaintReceived anonymous(String reference, ComplaintReceived.@Nullable RoutingHints hints) {
        return new ComplaintReceived(
                reference,
                "COMPLAINT",
                "WEB_FORM",
                "PARTICIPANT",
                "FOLLOW_UP",
                1,
                true,
                false,
                Instant.now(),
                null,
                hints);
    }

    private JsonNode workflow(String complaintId) {
        return TestHttp.json(TestHttp.localhost(port).get("/api/cases/" + complaintId + "/workflow", handler));
    }

    private HttpResponse<String> step(String complaintId, String json) {
        return TestHttp.localhost(port).post("/api/cases/" + complaintId + "/workflow", handler, json);
    }

    private void awaitState(String complaintId, String state) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> state.equals(workflow(complaintId).path("state").asString()));
    }

    @Test
    void a_handler_accepts_asks_gets_an_answer_resolves_and_management_decides_finally() {
        String id = UUID.randomUUID().toString();
        publish(id, anonymous("FJO-2026-0100", null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestHttp.localhost(port)
                                .get("/api/cases/" + id + "/workflow", handler)
                                .statusCode()
                        == 200);
        assertThat(workflow(id).path("state").asString()).isEqualTo("ASSIGNED");
        // Whom it may be given to: people with a login, by name, not the one who has it.
        assertThat(workflow(id)
                        .path("candidates")
                        .valueStream()
                        .map(c -> c.path("username").asString()))
                .contains("fjordvekst-director")
                .doesNotContain("fjordvekst-handler");

        HttpResponse<String> accepted = step(id, "{\"action\":\"ACCEPT\",\"version\":0}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(TestHttp.json(accepted).path("state").asString()).isEqualTo("IN_PROGRESS");

        HttpResponse<String> stale = step(id, "{\"action\":\"RECORD_ACTION\",\"version\":0,\"text\":\"Ringte\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(TestHttp.json(stale).path("detail").asString()).contains("endret av noen andre");
        HttpResponse<String> noResponse = step(id, "{\"action\":\"RESOLVE\",\"version\":1,\"outcome\":\"UPHELD\"}");
        assertThat(noResponse.statusCode()).isEqualTo(409);
        assertThat(TestHttp.json(noResponse).path("detail").asString()).contains("Skriv svaret");

        publish(id, new ComplaintQuestionAsked("FJO-2026-0100", "m-1", "fjordvekst-handler"));
        awaitState(id, "WAITING_FOR_COMPLAINANT");
        assertThat(workflow(id).path("pausedOn").isNull()).isFalse();
        publish(id, new ComplaintInformationAdded("FJO-2026-0100", "m-2", "m-1"));
        awaitState(id, "IN_PROGRESS");

        long version = workflow(id).path("version").asLong();
        HttpResponse<String> resolved = step(id, """
                {"action":"RESOLVE","version":%d,"outcome":"PARTLY_UPHELD",
                 "text":"Du får fast møte med veilederen hver uke.","improvements":"Ukentlige møter for alle."}
                """.formatted(version));
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);

        publish(id, new ComplaintEscalationRequested("FJO-2026-0100", Instant.now(), "m-3"));
        awaitState(id, "ESCALATED");
        version = workflow(id).path("version").asLong();
        String decision = """
                {"action":"DECIDE","version":%d,"outcome":"UPHELD","text":"Ledelsen gir deg medhold."}
                """.formatted(version);
        // The handler may not decide an escalation: management does, finally.
        HttpResponse<String> notManagement = step(id, decision);
        assertThat(notManagement.statusCode()).isEqualTo(403);
        assertThat(TestHttp.json(notManagement).path("detail").asString()).contains("Bare ledelsen");
        String director = TestIssuer.shared().token("fjordvekst", "fjordvekst-director", "managing-director");
        assertThat(TestHttp.localhost(port)
                        .post("/api/cases/" + id + "/workflow", director, decision)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> locked = step(id, "{\"action\":\"CLOSE\",\"version\":%d}".formatted(version + 1));
        assertThat(locked.statusCode()).isEqualTo(409);
        assertThat(TestHttp.json(locked).path("detail").asString()).contains("endelig");

        JsonNode timeline = workflow(id).path("timeline");
        assertThat(timeline.valueStream().map(e -> e.path("action").asString()))
                .containsExactly("ACCEPT", "QUESTION_ASKED", "COMPLAINANT_ANSWERED", "RESOLVE", "ESCALATE", "DECIDE");
        assertThat(timeline.get(3).path("text").asString()).isEqualTo("Du får fast møte med veilederen hver uke.");
        // The page shows who acted by name: the handler and the director are named, the complainant is not a login.
        String directorName = workflow(id)
                .path("candidates")
                .valueStream()
                .filter(c -> c.path("username").asString().equals("fjordvekst-director"))
                .map(c -> c.path("name").asString())
                .findFirst()
                .orElseThrow();
        JsonNode names = workflow(id).path("names");
        assertThat(names.path("fjordvekst-director").asString()).isEqualTo(directorName);
        assertThat(names.path("fjordvekst-handler").asString()).isNotBlank().isNotEqualTo("fjordvekst-handler");
        assertThat(names.has("complainant")).isFalse();
        // At rest the notes are sealed with the tenant's key: once the outbox has relayed the events (which carry what
        // the complainant is told), the stored case holds neither the response nor the improvement in the clear.
        String stored = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> store.getCollection("cases")
                                .find(new org.bson.Document("_id", id))
                                .first(),
                        d -> d.getList("outbox", Object.class).isEmpty())
                .toJson();
        assertThat(stored).contains("sealed:v2:").doesNotContain("fast møte", "Ukentlige møter", "gir deg medhold");

        var changes = KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, id, "\"DECIDE\"").stream()
                .filter(r -> r.value().contains(CaseChanged.TYPE))
                .toList();
        assertThat(changes)
                .extracting(r -> ((CaseChanged) EventJson.read(r.value()).data()).action())
                .containsExactly("ACCEPT", "QUESTION_ASKED", "COMPLAINANT_ANSWERED", "RESOLVE", "ESCALATE", "DECIDE");
        // The improvement recorded with the answer is there for the routine's yearly review, for managers only.
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).getYear();
        var improvements =
                TestHttp.json(TestHttp.localhost(port).get("/api/cases/improvements?year=" + year, director));
        assertThat(improvements.toString()).contains("Ukentlige møter for alle.");
        assertThat(TestHttp.localhost(port)
                        .get(
                                "/api/cases/improvements?year=" + year,
                                TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler"))
                        .statusCode())
                .isEqualTo(403);
        // Only what the complainant is to be told travels: the response and the decision, never the improvements noted,
        // and that sealed with the tenant's event key, so the topic holds no plain text of it.
        assertThat(changes).allSatisfy(r -> assertThat(r.value()).doesNotContain("Ukentlige", "veilederen"));
        assertThat(changes)
                .filteredOn(
                        r -> !r.value().contains("\"RESOLVE\"") && !r.value().contains("\"DECIDE\""))
                .allSatisfy(r -> assertThat(r.value()).doesNotContain("medhold", "toComplainant"));
        assertThat(changes)
                .filteredOn(r -> r.value().contains("\"action\":\"RESOLVE\""))
                .singleElement()
                .satisfies(r -> {
                    String sealed = ((CaseChanged) EventJson.read(r.value()).data()).toComplainant();
                    assertThat(sealed).startsWith(EventSealer.PREFIX);
                    assertThat(eventSealer.open("fjordvekst", r.key(), sealed))
                            .isEqualTo("Du får fast møte med veilederen hver uke.");
                });
    }

    /**
     * The person a complaint names is told by the platform: the step counts as telling them, and the event names them
     * (by id in the organisation) for notification-service to send the template; no text travels.
     */
    @Test
    void the_platform_tells_the_person_a_complaint_names_and_that_counts_as_told() {
        String id = UUID.randomUUID().toString();
        publish(id, anonymous("FJO-2026-0110", new ComplaintReceived.RoutingHints("handler", null, false, null)));
        String director = TestIssuer.shared().token("fjordvekst", "fjordvekst-director", "managing-director");
        var api = TestHttp.localhost(port);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/cases/" + id + "/workflow", director).statusCode() == 200);
        JsonNode before = TestHttp.json(api.get("/api/cases/" + id + "/workflow", director));
        assertThat(before.path("concernedNoticeHandled").asBoolean()).isFalse();

        var sent = api.post(
                "/api/cases/" + id + "/workflow",
                director,
                "{\"action\":\"SEND_CONCERNED_NOTICE\",\"version\":%d}"
                        .formatted(before.path("version").asLong()));

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(TestHttp.json(api.get("/api/cases/" + id + "/workflow", director))
                        .path("concernedNoticeHandled")
                        .asBoolean())
                .isTrue();
        var step = KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, id, "SEND_CONCERNED_NOTICE").stream()
                .filter(r -> r.value().contains("SEND_CONCERNED_NOTICE"))
                .map(r -> (CaseChanged) EventJson.read(r.value()).data())
                .findFirst()
                .orElseThrow();
        assertThat(step.noticeTo()).containsExactly("handler");
        assertThat(step.toComplainant()).isNull();
    }

    /**
     * The complainant named someone the organisation has no match for; the receiver settles whom it concerns (issue
     * 23). Correcting it to the receiver themself needs someone to take over; then the receiver loses access at once,
     * the explanation says it was corrected, and the event tells the other services whom it concerns now.
     */
    @Test
    void the_receiver_corrects_whom_a_case_concerns_and_a_handler_it_now_concerns_hands_it_over() {
        String id = UUID.randomUUID().toString();
        publish(
                id,
                anonymous(
                        "FJO-2026-0112",
                        new ComplaintReceived.RoutingHints(
                                null, null, false, null, false, null, ComplaintReceived.RoutingHints.UNKNOWN_PERSON)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> workflow(id).path("version").isNumber());
        JsonNode before = workflow(id);
        assertThat(before.path("handler").asString()).isEqualTo("fjordvekst-handler");
        assertThat(before.path("people").toString()).contains("\"id\":\"handler\"", "\"concerned\":false");
        long version = before.path("version").asLong();

        var nobodyKnown = step(id, """
                {"action":"CORRECT_CONCERNED","version":%d,"concerned":["p-nobody"],"reason":"Feil navn"}
                """.formatted(version));
        assertThat(nobodyKnown.statusCode()).isEqualTo(409);
        assertThat(nobodyKnown.body()).contains("Velg personer i organisasjonen");
        var himself = step(id, """
                {"action":"CORRECT_CONCERNED","version":%d,"concerned":["handler"],"reason":"Det er meg hun mener"}
                """.formatted(version));
        assertThat(himself.statusCode()).isEqualTo(409);
        assertThat(himself.body()).contains("Velg hvem som skal overta den");

        var handedOver = step(id, """
                {"action":"CORRECT_CONCERNED","version":%d,"concerned":["handler"],"reason":"Det er meg hun mener",
                 "handler":"fjordvekst-director"}
                """.formatted(version));

        assertThat(handedOver.statusCode()).as(handedOver.body()).isEqualTo(200);
        assertThat(TestHttp.localhost(port).get("/api/cases/" + id, handler).statusCode())
                .isEqualTo(404);
        String director = TestIssuer.shared().token("fjordvekst", "fjordvekst-director", "managing-director");
        var seen = TestHttp.json(TestHttp.localhost(port).get("/api/cases/" + id, director));
        assertThat(seen.toString()).contains("Mottakeren rettet hvem saken gjelder: Henrik.");
        assertThat(seen.path("handler").asString()).isEqualTo("fjordvekst-director");
        var corrected = KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, id, "CORRECT_CONCERNED").stream()
                .filter(r -> r.value().contains("CORRECT_CONCERNED"))
                .map(r -> (CaseChanged) EventJson.read(r.value()).data())
                .toList();
        assertThat(corrected).singleElement().satisfies(e -> {
            assertThat(e.concerned()).containsExactly("handler");
            assertThat(e.handler()).isEqualTo("fjordvekst-director");
        });
    }

    /** A case is never given to the person it concerns, who is named by id in the case and by user name in a step. */
    @Test
    void a_case_cannot_be_given_to_the_person_it_concerns() {
        String id = UUID.randomUUID().toString();
        publish(id, anonymous("FJO-2026-0111", new ComplaintReceived.RoutingHints("handler", null, false, null)));
        String director = TestIssuer.shared().token("fjordvekst", "fjordvekst-director", "managing-director");
        var api = TestHttp.localhost(port);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/cases/" + id + "/workflow", director).statusCode() == 200);
        long version = TestHttp.json(api.get("/api/cases/" + id + "/workflow", director))
                .path("version")
                .asLong();

        var refused = api.post("/api/cases/" + id + "/workflow", director, """
                {"action":"REASSIGN","version":%d,"handler":"fjordvekst-handler","reason":"Han kjenner saken"}
                """.formatted(version));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(TestHttp.json(refused).path("detail").asString()).contains("Saken gjelder denne personen");

        // The person's access request (art. 15), from routing's side: the handlers' notes without the organisation's
        // other names; none while an exception not to tell them is recorded.
        String admin = TestIssuer.shared().token("fjordvekst", "fjordvekst-admin", "tenant-admin");
        var noted = api.post("/api/cases/" + id + "/workflow", director, """
                {"action":"RECORD_ACTION","version":%d,"text":"Dagny snakket med Henrik om tonen."}
                """.formatted(version));
        assertThat(noted.statusCode()).as(noted.body()).isEqualTo(200);
        String notes =
                api.get("/api/cases/" + id + "/concerned/handler/notes", admin).body();
        assertThat(notes).contains("[fjernet] snakket med Henrik om tonen.").doesNotContain("Dagny", "fjordvekst-");
        assertThat(api.get("/api/cases/" + id + "/concerned/director/notes", admin)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.get(
                                "/api/cases/" + id + "/concerned/handler/notes",
                                TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "tenant-admin"))
                        .statusCode())
                .as("an admin the case concerns answers no access request about it")
                .isEqualTo(403);
        var excepted = api.post("/api/cases/" + id + "/workflow", director, """
                {"action":"CONCERNED_NOTICE_EXCEPTION","version":%d,"reason":"Vitner er ikke hørt.","newDeadline":"%s"}
                """.formatted(
                        version + 1, java.time.LocalDate.now().plusDays(20)));
        assertThat(excepted.statusCode()).as(excepted.body()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + id + "/concerned/handler/notes", admin)
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void managers_see_every_case_with_its_state_and_a_handler_gets_403() {
        String id = UUID.randomUUID().toString();
        publish(
                id,
                new ComplaintReceived(
                        "FJO-2026-0102",
                        "COMPLAINT",
                        "WEB_FORM",
                        "PARTICIPANT",
                        "FOLLOW_UP",
                        1,
                        true,
                        false,
                        Instant.parse("2026-01-05T09:00:00Z"),
                        null));
        String director = TestIssuer.shared().token("fjordvekst", "fjordvekst-director", "managing-director");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestHttp.json(TestHttp.localhost(port).get("/api/cases/overview", director))
                        .valueStream()
                        .anyMatch(l -> id.equals(l.path("complaintId").asString())));

        JsonNode line = TestHttp.json(TestHttp.localhost(port).get("/api/cases/overview", director))
                .valueStream()
                .filter(l -> id.equals(l.path("complaintId").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(line.path("state").asString()).isEqualTo("ASSIGNED");
        // Received in January with 14 days: long past its deadline, with no reason recorded.
        assertThat(line.path("overdue").asBoolean()).isTrue();
        assertThat(line.path("deviation").asBoolean()).isTrue();
        assertThat(TestHttp.localhost(port).get("/api/cases/overview", handler).statusCode())
                .isEqualTo(403);
    }

    @Test
    void the_complainants_steps_arriving_twice_change_the_case_once() {
        String id = UUID.randomUUID().toString();
        publish(id, anonymous("FJO-2026-0101", null));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestHttp.localhost(port)
                                .get("/api/cases/" + id + "/workflow", handler)
                                .statusCode()
                        == 200);
        var question = new ComplaintQuestionAsked("FJO-2026-0101", "m-1", "fjordvekst-handler");
        publish(id, question);
        publish(id, question);
        awaitState(id, "WAITING_FOR_COMPLAINANT");
        publish(id, new ComplaintInformationAdded("FJO-2026-0101", "m-2", "m-1"));
        awaitState(id, "IN_PROGRESS");

        assertThat(workflow(id).path("timeline").size()).isEqualTo(2);
    }
}
