package no.klagesak.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import no.klagesak.contracts.CloudEventHeaders;
import no.klagesak.contracts.ComplaintAssigned;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.EventJson;
import no.klagesak.contracts.Topics;
import no.klagesak.routing.assignment.RoutingRoutines;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.KafkaRecords;
import no.klagesak.support.test.TestEvents;
import no.klagesak.support.test.TestHttp;
import no.klagesak.support.test.TestIssuer;
import no.klagesak.support.test.TestTenants;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.function.StreamBridge;

/** routing-service consuming from and publishing to a real Kafka broker, storing in the Mongo-compatible store. */
@ComponentTest
class RoutingComponentTest implements no.klagesak.support.test.EveryEndpointRefusesForgedTokens {

    @LocalServerPort
    int port;

    /** Every endpoint × every role × the owner's and another tenant's token, against the approved matrix; 0 leaks. */
    @org.junit.jupiter.api.Test
    void the_access_matrix_is_as_approved_and_another_tenant_gets_nothing(
            @org.springframework.beans.factory.annotation.Autowired
                    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
                    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings)
            throws Exception {
        TestHttp api = TestHttp.localhost(port);
        String complaintId = UUID.randomUUID().toString();
        TestEvents.publish(
                streamBridge, EventEnvelope.of("fjordvekst", complaintId, Instant.now(), receivedData(false)));
        String director = TestIssuer.shared().token("fjordvekst", "fjordvekst-director", "managing-director");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/cases/" + complaintId, director).statusCode() == 200);
        no.klagesak.support.test.AccessMatrix.assertApproved(
                port,
                mappings,
                "fjordvekst",
                "lysheim",
                java.util.Map.of("complaintId", complaintId),
                List.of(complaintId),
                java.util.Set.of());
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    StreamBridge streamBridge;

    @Autowired
    RoutingRoutines routines;

    private final String handlerToken = TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler");

    /** The served OpenAPI document describes what the service answers: each exchange below is checked against it. */
    @Test
    void the_served_api_document_describes_the_case_its_workflow_and_the_lists() {
        var api = no.klagesak.support.test.ApiDocumentCheck.served(port);
        api.assertDescribed("Klagesak routing-service");
        String complaintId = UUID.randomUUID().toString();
        TestEvents.publish(
                streamBridge, EventEnvelope.of("fjordvekst", complaintId, Instant.now(), receivedData(false)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestHttp.localhost(port)
                                .get("/api/cases/" + complaintId, handlerToken)
                                .statusCode()
                        == 200);

        assertThat(api.send("GET", "/api/cases/" + complaintId, handlerToken, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/cases", handlerToken, null).statusCode())
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/cases/" + complaintId + "/access", handlerToken, null)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> workflow = api.send("GET", "/api/cases/" + complaintId + "/workflow", handlerToken, null);
        assertThat(workflow.statusCode()).isEqualTo(200);
        long version = TestHttp.json(workflow).get("version").asLong();
        assertThat(api.send(
                                "POST",
                                "/api/cases/" + complaintId + "/workflow",
                                handlerToken,
                                "{\"action\":\"RECORD_ACTION\",\"version\":%d,\"text\":\"Ringte\"}".formatted(version))
                        .statusCode())
                .isEqualTo(200);

        assertThat(api.refused(
                                "POST",
                                "/api/cases/" + complaintId + "/workflow",
                                handlerToken,
                                "{\"action\":\"RECORD_ACTION\",\"version\":%d,\"text\":\"Igjen\"}".formatted(version))
                        .statusCode())
                .isEqualTo(409);
        assertThat(api.refused("GET", "/api/cases/" + complaintId, null, null).statusCode())
                .isEqualTo(401);
        assertThat(api.refused("GET", "/api/cases/" + UUID.randomUUID(), handlerToken, null)
                        .statusCode())
                .isEqualTo(404);
        api.assertEveryExchangeMatched();
    }

    /** complaint.erased.v1: the notes of the case are erased; who did what and when stays. */
    @Test
    void an_erased_complaint_keeps_its_steps_but_not_their_notes() {
        TestHttp api = TestHttp.localhost(port);
        String complaintId = UUID.randomUUID().toString();
        TestEvents.publish(
                streamBridge, EventEnvelope.of("fjordvekst", complaintId, Instant.now(), receivedData(false)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/cases/" + complaintId, handlerToken).statusCode() == 200);
        long version = TestHttp.json(api.get("/api/cases/" + complaintId + "/workflow", handlerToken))
                .get("version")
                .asLong();
        var noted = api.post(
                "/api/cases/" + complaintId + "/workflow",
                handlerToken,
                "{\"action\":\"RECORD_ACTION\",\"version\":%d,\"text\":\"Ringte Kari på 99999999\"}"
                        .formatted(version));
        assertThat(noted.statusCode()).as(noted.body()).isEqualTo(200);

        TestEvents.publish(
                streamBridge,
                EventEnvelope.of(
                        "fjordvekst",
                        complaintId,
                        Instant.now(),
                        new no.klagesak.contracts.ComplaintErased("R", Instant.now())));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String workflow = api.get("/api/cases/" + complaintId + "/workflow", handlerToken)
                    .body();
            assertThat(workflow).doesNotContain("99999999").contains("RECORD_ACTION", "[slettet]");
        });
    }

    @Test
    void a_received_complaint_gets_a_handler_and_a_deadline_once_even_when_redelivered() {
        String complaintId = UUID.randomUUID().toString();
        EventEnvelope received =
                EventEnvelope.of("fjordvekst", complaintId, Instant.parse("2026-11-25T09:00:00Z"), receivedData(false));

        TestEvents.publish(streamBridge, received);
        TestEvents.publish(streamBridge, received);

        TestHttp api = TestHttp.localhost(port);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/cases/" + complaintId, handlerToken)
                                .statusCode())
                        .isEqualTo(200));
        var shown = TestHttp.json(api.get("/api/cases/" + complaintId, handlerToken));
        assertThat(shown.get("handler").asString()).isEqualTo("fjordvekst-handler");
        assertThat(shown.get("deadline").asString()).isEqualTo("2026-12-09");

        List<ConsumerRecord<String, String>> assigned = assignedEventsFor(complaintId);
        assertThat(assigned).hasSize(1);
        assertThat(KafkaRecords.header(assigned.getFirst(), CloudEventHeaders.TENANT_ID))
                .isEqualTo("fjordvekst");
        var data =
                (ComplaintAssigned) EventJson.read(assigned.getFirst().value()).data();
        assertThat(data.deadline()).hasToString("2026-12-09");
        assertThat(data.handler()).isEqualTo("fjordvekst-handler");

        // One trace from the received event through the consumer and routing's outbox to the assignment.
        List<String> receivedTraces =
                KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, complaintId, ComplaintAssigned.TYPE).stream()
                        .filter(r -> complaintId.equals(r.key()))
                        .filter(r -> ComplaintReceived.TYPE.equals(KafkaRecords.header(r, CloudEventHeaders.TYPE)))
                        .map(r -> traceId(KafkaRecords.header(r, "traceparent")))
                        .toList();
        assertThat(receivedTraces).hasSize(2);
        assertThat(traceId(KafkaRecords.header(assigned.getFirst(), "traceparent")))
                .isIn(receivedTraces);

        // Intake asks before it shows the text: the handler may read it and ask the complainant.
        var access = TestHttp.json(api.get("/api/cases/" + complaintId + "/access", handlerToken));
        assertThat(access.get("read").asBoolean()).isTrue();
        assertThat(access.get("ask").asBoolean()).isTrue();
    }

    @Test
    void a_changed_deadline_on_the_tenant_topic_applies_to_complaints_received_under_the_new_version() {
        String tenant = "deadline-" + UUID.randomUUID().toString().substring(0, 8);
        var first = TestTenants.snapshot(tenant, "Frist AS", 1, List.of(TestTenants.version(1, "Frist AS", true, 14)));
        TestTenants.publish(kafka, TestTenants.withHandlingDays(first, 21, Instant.parse("2026-11-20T00:00:00Z")));
        // Routing retries an event of an unknown tenant or routine version only briefly before it dead-letters it:
        // the complaints go out once routing's own copy of the tenant has both versions.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> routines.find(tenant).map(t -> t.revision() == 2).orElse(false));
        String token = TestIssuer.shared().token(tenant, tenant + "-handler", "handler");
        TestHttp api = TestHttp.localhost(port);

        String oldRules = UUID.randomUUID().toString();
        String newRules = UUID.randomUUID().toString();
        TestEvents.publish(streamBridge, EventEnvelope.of(tenant, oldRules, Instant.now(), receivedData(false, 1)));
        TestEvents.publish(streamBridge, EventEnvelope.of(tenant, newRules, Instant.now(), receivedData(false, 2)));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/cases/" + newRules, token).statusCode() == 200
                        && api.get("/api/cases/" + oldRules, token).statusCode() == 200);
        assertThat(TestHttp.json(api.get("/api/cases/" + oldRules, token))
                        .get("deadline")
                        .asString())
                .isEqualTo("2026-12-09");
        var changed = TestHttp.json(api.get("/api/cases/" + newRules, token));
        assertThat(changed.get("deadline").asString()).isEqualTo("2026-12-16");
        assertThat(changed.get("policyVersion").asInt()).isEqualTo(2);
        assertThat(changed.get("handler").asString()).isEqualTo(tenant + "-handler");
    }

    @Test
    void a_report_of_retaliation_goes_to_the_whistleblowing_receiver_and_the_two_cases_name_each_other() {
        String first = UUID.randomUUID().toString();
        String retaliation = UUID.randomUUID().toString();
        TestEvents.publish(
                streamBridge, EventEnvelope.of("fjordvekst", first, Instant.now(), report("FJO-2026-0300", null)));
        String director = TestIssuer.shared().token("fjordvekst", "fjordvekst-director", "managing-director");
        TestHttp api = TestHttp.localhost(port);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/cases/" + first, director).statusCode() == 200);

        TestEvents.publish(
                streamBridge,
                EventEnvelope.of("fjordvekst", retaliation, Instant.now(), report("FJO-2026-0301", first)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/cases/" + retaliation, director).statusCode() == 200);

        var linked = TestHttp.json(api.get("/api/cases/" + retaliation + "/workflow", director));
        assertThat(linked.at("/retaliationFor/reference").asString()).isEqualTo("FJO-2026-0300");
        assertThat(TestHttp.json(api.get("/api/cases/" + retaliation, director))
                        .get("explanation")
                        .asString())
                .startsWith("Melding om gjengjeldelse etter FJO-2026-0300.");
        var original = TestHttp.json(api.get("/api/cases/" + first + "/workflow", director));
        assertThat(original.at("/retaliationReports/0/reference").asString()).isEqualTo("FJO-2026-0301");
    }

    private static ComplaintReceived report(String reference, String retaliationFor) {
        return new ComplaintReceived(
                reference,
                "WHISTLEBLOWING",
                "WEB_FORM",
                "EMPLOYEE",
                "HARASSMENT",
                1,
                false,
                false,
                Instant.now(),
                null,
                null,
                retaliationFor);
    }

    @Test
    void another_tenant_cannot_see_the_case() {
        String complaintId = UUID.randomUUID().toString();
        TestEvents.publish(
                streamBridge, EventEnvelope.of("fjordvekst", complaintId, Instant.now(), receivedData(true)));
        TestHttp api = TestHttp.localhost(port);
        // It concerns the line manager (the handler), so the managing director has it, and the handler never sees it.
        String director = TestIssuer.shared().token("fjordvekst", "fjordvekst-director", "managing-director");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/cases/" + complaintId, director).statusCode() == 200);
        assertThat(api.get("/api/cases/" + complaintId, handlerToken).statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/cases/" + complaintId + "/access", handlerToken)
                        .statusCode())
                .isEqualTo(404);
        assertThat(TestHttp.json(api.get("/api/cases/" + complaintId + "/access", director))
                        .get("read")
                        .asBoolean())
                .isTrue();

        String otherTenant = TestIssuer.shared().token("lysheim", "lysheim-director", "managing-director");
        assertThat(api.get("/api/cases/" + complaintId, otherTenant).statusCode())
                .isEqualTo(404);
        assertThat(TestHttp.json(api.get("/api/cases?show=ALL", otherTenant))
                        .get("lines")
                        .valueStream()
                        .map(c -> c.get("complaintId").asString()))
                .doesNotContain(complaintId);
        assertThat(api.get("/api/cases/" + complaintId, null).statusCode()).isEqualTo(401);

        // Each refused attempt at the case file is in routing's audit log, for the tenant admin; the other tenant's
        // attempt finds no case of its own and is not in this tenant's log.
        assertThat(api.get("/api/cases/" + complaintId + "/workflow", handlerToken)
                        .statusCode())
                .isEqualTo(404);
        String admin = TestIssuer.shared().token("fjordvekst", "fjordvekst-admin", "tenant-admin");
        String audit = api.get("/api/audit?complaintId=" + complaintId, admin).body();
        assertThat(audit)
                .contains(
                        "\"who\":\"fjordvekst-handler\",\"action\":\"REFUSED\",\"what\":\"CASE\"",
                        "\"what\":\"CASE_FILE\"",
                        "\"service\":\"routing-service\"")
                .doesNotContain("lysheim");
        assertThat(api.get("/api/audit", handlerToken).statusCode()).isEqualTo(403);

        // A step tried on it, straight at the API, is refused as a read would be, and logged the same way.
        int refusedBefore = audit.split("\"what\":\"CASE\"", -1).length;
        assertThat(api.post("/api/cases/" + complaintId + "/workflow", handlerToken, """
                        {"action":"RECORD_ACTION","version":1,"text":"Ser på saken."}""")
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/audit?complaintId=" + complaintId, admin)
                        .body()
                        .split("\"what\":\"CASE\"", -1)
                        .length)
                .isEqualTo(refusedBefore + 1);
    }

    @Test
    void an_event_that_cannot_be_handled_ends_on_the_dead_letter_topic_after_retries() {
        String complaintId = UUID.randomUUID().toString();
        TestEvents.publish(
                streamBridge, EventEnvelope.of("no-such-tenant", complaintId, Instant.now(), receivedData(false)));

        List<ConsumerRecord<String, String>> dead = KafkaRecords.read(
                kafka,
                "klagesak.complaint-events.v1.routing-service.dlq",
                Duration.ofSeconds(40),
                read -> read.stream().anyMatch(r -> r.value().contains(complaintId)));
        assertThat(dead).anyMatch(r -> r.value().contains(complaintId));
    }

    private static String traceId(String traceparent) {
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        return traceparent.split("-")[1];
    }

    /**
     * The assignment events of a complaint on the topic: read until the first is there (up to 30 s), then 5 s more, so
     * that a duplicate published after it is read too.
     */
    private List<ConsumerRecord<String, String>> assignedEventsFor(String complaintId) {
        Predicate<ConsumerRecord<String, String>> assigned = r -> complaintId.equals(r.key())
                && ComplaintAssigned.TYPE.equals(KafkaRecords.header(r, CloudEventHeaders.TYPE));
        Instant giveUp = Instant.now().plusSeconds(30);
        Instant[] settled = {null};
        return KafkaRecords.read(kafka, Topics.COMPLAINT_EVENTS, Duration.ofSeconds(40), read -> {
                    if (settled[0] == null && read.stream().anyMatch(assigned)) {
                        settled[0] = Instant.now().plusSeconds(5);
                    }
                    return Instant.now().isAfter(settled[0] == null ? giveUp : settled[0]);
                })
                .stream()
                .filter(assigned)
                .toList();
    }

    private static ComplaintReceived receivedData(boolean concernsLineManager) {
        return receivedData(concernsLineManager, 1);
    }

    private static ComplaintReceived receivedData(boolean concernsLineManager, int policyVersion) {
        return new ComplaintReceived(
                "2026-00007",
                "COMPLAINT",
                "WEB_FORM",
                "PARTICIPANT",
                "FOLLOW_UP",
                policyVersion,
                false,
                concernsLineManager,
                Instant.parse("2026-11-25T09:00:00Z"),
                null);
    }
}
