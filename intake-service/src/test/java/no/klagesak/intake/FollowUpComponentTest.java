package no.klagesak.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.klagesak.contracts.ComplainantReportedDeviation;
import no.klagesak.contracts.ComplaintInformationAdded;
import no.klagesak.contracts.ComplaintQuestionAsked;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.ComplaintWithdrawn;
import no.klagesak.contracts.EventJson;
import no.klagesak.contracts.Topics;
import no.klagesak.contracts.tenant.Routine;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.KafkaRecords;
import no.klagesak.support.test.TestHttp;
import no.klagesak.support.test.TestIssuer;
import no.klagesak.support.test.TestRouting;
import no.klagesak.support.test.TestTenants;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Anonymous two-way follow-up over HTTP, Kafka and the store: the receipt code, the handler's question, the answer,
 * withdrawal, the limit on wrong codes, and what is never kept about the person.
 */
@ComponentTest
@ExtendWith(OutputCaptureExtension.class)
class FollowUpComponentTest {

    private static final String TEXT = "Arbeidslederen roper til oss hver morgen.";
    private static final String AGENT = "Mozilla/5.0 (Sporbar-Nettleser 99.1)";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    MongoTemplate mongo;

    private TestHttp http() {
        return TestHttp.localhost(port);
    }

    private JsonNode sendAnonymously(String source) {
        HttpResponse<String> sent = http().post(
                        "/public/tenants/fjordvekst/complaints",
                        null,
                        """
                        {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Tonen på verkstedet",
                         "description":"%s","language":"nb"}
                        """.formatted(TEXT),
                        Map.of("X-Forwarded-For", source, "User-Agent", AGENT));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        return TestHttp.json(sent);
    }

    private HttpResponse<String> followUp(String path, String source, String body) {
        return http().post(
                        "/public/tenants/fjordvekst/follow-up" + path,
                        null,
                        body,
                        Map.of("X-Forwarded-For", source, "User-Agent", AGENT));
    }

    @Test
    void a_whistleblower_reports_retaliation_with_the_code_as_a_new_report_linked_to_the_first() {
        HttpResponse<String> reported = http().post("/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"EMPLOYEE","category":"HARASSMENT","subject":"Trakassering",
                 "description":"Lederen kaller meg navn.","language":"nb","complainant":{"name":"Vera"}}
                """);
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        String firstId = TestHttp.json(reported).get("complaintId").asString();
        String firstCode = TestHttp.json(reported).get("receiptCode").asString();

        HttpResponse<String> retaliation = followUp(
                "/retaliation",
                "198.51.100.11",
                "{\"code\":\"%s\",\"text\":\"Etter varselet får jeg ikke lenger vakter.\"}".formatted(firstCode));
        assertThat(retaliation.statusCode()).as(retaliation.body()).isEqualTo(201);
        // A whistleblowing report follows its own receivers: no deviation report to the managing director from it.
        HttpResponse<String> deviation = followUp(
                "/deviation",
                "198.51.100.11",
                "{\"code\":\"%s\",\"formId\":\"f-wb\",\"kind\":\"OTHER\",\"text\":\"Noe.\"}".formatted(firstCode));
        assertThat(deviation.statusCode()).as(deviation.body()).isEqualTo(400);
        assertThat(deviation.body()).contains("complaints-only");
        String newCode = TestHttp.json(retaliation).get("receiptCode").asString();
        assertThat(newCode).matches("\\d{20}").isNotEqualTo(firstCode);

        JsonNode second = TestHttp.json(followUp("", "198.51.100.11", "{\"code\":\"%s\"}".formatted(newCode)));
        assertThat(second.get("track").asString()).isEqualTo("WHISTLEBLOWING");
        assertThat(second.get("category").asString()).isEqualTo("HARASSMENT");
        assertThat(second.get("reference").asString())
                .isEqualTo(TestHttp.json(retaliation).get("reference").asString());

        var received = KafkaRecords.ofKey(
                        kafka,
                        Topics.COMPLAINT_EVENTS,
                        TestHttp.json(retaliation).get("complaintId").asString(),
                        ComplaintReceived.TYPE)
                .stream()
                .map(r -> EventJson.read(r.value()).data())
                .filter(ComplaintReceived.class::isInstance)
                .map(ComplaintReceived.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(received.retaliationFor()).isEqualTo(firstId);
        assertThat(received.track()).isEqualTo("WHISTLEBLOWING");
    }

    @Test
    void retaliation_is_reported_after_a_whistleblowing_report_only() {
        String code = sendAnonymously("198.51.100.12").get("receiptCode").asString();

        HttpResponse<String> refused =
                followUp("/retaliation", "198.51.100.12", "{\"code\":\"%s\",\"text\":\"Noe\"}".formatted(code));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(refused).at("/problems/retaliation").asString())
                .isEqualTo("whistleblowing-only");
    }

    /**
     * Who reported a whistleblowing report is kept apart from the report: not in the report as its readers see it, and
     * disclosed on request only to those who investigate it (routing's reason HANDLER or WHISTLEBLOWING_RECEIVER),
     * every disclosure and refusal in the audit log.
     */
    @Test
    void the_reporters_identity_is_kept_apart_and_shown_only_to_those_who_investigate_and_logged() {
        HttpResponse<String> sent = http().post("/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"EMPLOYEE","category":"HARASSMENT","subject":"Trakassering","description":"Det skjer hver dag.",
                 "complainant":{"name":"Vera Varsler","email":"vera@example.org"},"language":"nb"}""");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String id = TestHttp.json(sent).get("complaintId").asString();
        String investigator = TestIssuer.shared().token("fjordvekst", "fjordvekst-receiver", "receiver");
        String manager = TestIssuer.shared().token("fjordvekst", "fjordvekst-manager", "managing-director");
        TestRouting.shared().readOnlyFor(id, "fjordvekst-manager");

        JsonNode report = TestHttp.json(http().get("/api/complaints/" + id, investigator));
        assertThat(report.get("reporterWithheld").asBoolean()).isTrue();
        assertThat(report.toString()).doesNotContain("Vera", "vera@example.org").contains("Det skjer hver dag.");

        assertThat(http().get("/api/complaints/" + id + "/reporter", investigator)
                        .body())
                .contains("Vera Varsler", "vera@example.org");
        assertThat(http().get("/api/complaints/" + id + "/reporter", manager).statusCode())
                .isEqualTo(403);

        String admin = TestIssuer.shared().token("fjordvekst", "fjordvekst-admin", "tenant-admin");
        // An access request about the report: the tenant admin hands over neither content nor reporter, and is told
        // who answers for them; the investigator exports all of it; the manager, who may not know, nothing.
        HttpResponse<String> byAdmin = http().get("/api/complaints/" + id + "/export", admin);
        assertThat(byAdmin.statusCode()).isEqualTo(200);
        assertThat(byAdmin.body())
                .doesNotContain("Vera", "vera@example.org", "Det skjer hver dag.", "Trakassering")
                .as("nor what could point to the reporter: their role, how and in which language, the hour")
                .doesNotContain("EMPLOYEE", "WEB_FORM", "\"language\":\"nb\"")
                .contains("[holdt tilbake]", "den som undersøker varselet", "\"conversation\":[]");
        assertThat(http().get("/api/complaints/" + id + "/export", investigator).body())
                .contains("Vera Varsler", "Det skjer hver dag.");
        assertThat(http().get("/api/complaints/" + id + "/export", manager).statusCode())
                .isEqualTo(403);
        String audit = http().get("/api/audit?complaintId=" + id, admin).body();
        assertThat(audit)
                .contains("\"action\":\"DISCLOSED\"", "\"what\":\"REPORTER_IDENTITY\"", "NOT_INVESTIGATING")
                .contains("ACCESS_REQUEST_WITHHELD", "\"why\":\"ACCESS_REQUEST\"")
                .doesNotContain("Vera");
    }

    /**
     * The routine narrows who may see who reported: with {@code RECEIVERS}, the handler is refused (in the log) and a
     * designated receiver sees it; with {@code NO_ONE}, no one does.
     */
    @Test
    void the_routine_decides_whether_the_handler_or_only_the_receivers_or_no_one_may_see_who_reported() {
        String tenant = "identity-" + UUID.randomUUID().toString().substring(0, 8);
        publishWithReporterIdentity(tenant, 1, Routine.ReporterIdentity.RECEIVERS);
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        http().get("/public/tenants/" + tenant + "/form", null).statusCode() == 200);
        HttpResponse<String> sent = http().post("/public/tenants/" + tenant + "/complaints", null, """
                {"complainantRole":"EMPLOYEE","category":"HARASSMENT","subject":"Trakassering","description":"Hver dag.",
                 "complainant":{"name":"Vilde Varsler"},"language":"nb"}""");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String id = TestHttp.json(sent).get("complaintId").asString();
        String handler = TestIssuer.shared().token(tenant, tenant + "-handler", "handler");
        String receiver = TestIssuer.shared().token(tenant, tenant + "-receiver", "receiver");
        TestRouting.shared().receiverFor(id, tenant + "-receiver");

        assertThat(http().get("/api/complaints/" + id + "/reporter", handler).statusCode())
                .isEqualTo(403);
        assertThat(http().get("/api/complaints/" + id + "/reporter", receiver).body())
                .contains("Vilde Varsler");

        publishWithReporterIdentity(tenant, 2, Routine.ReporterIdentity.NO_ONE);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> http().get("/api/complaints/" + id + "/reporter", receiver)
                                .statusCode()
                        == 403);
        String admin = TestIssuer.shared().token(tenant, tenant + "-admin", "tenant-admin");
        assertThat(http().get("/api/audit?complaintId=" + id, admin).body())
                .contains("\"action\":\"DISCLOSED\"", "NOT_INVESTIGATING")
                .doesNotContain("Vilde");
    }

    /** The test tenant's routine with the setting, as revision {@code revision} on the tenant topic. */
    private void publishWithReporterIdentity(String tenant, long revision, Routine.ReporterIdentity setting) {
        var base = TestTenants.version(1, "Identitet AS", true, 14);
        var routine = base.routine().withReceivers(base.routine().receivers().withReporterIdentity(setting));
        TestTenants.publish(
                kafka,
                TestTenants.snapshot(
                        tenant,
                        "Identitet AS",
                        revision,
                        List.of(new RoutineVersion(1, base.validFrom(), "test", List.of(), routine))));
    }

    @Test
    void only_those_routing_lets_see_the_case_read_the_complaint_and_only_its_handlers_ask() {
        String complaintId = sendAnonymously("198.51.100.9").get("complaintId").asString();
        String colleague = TestIssuer.shared().token("fjordvekst", "fjordvekst-colleague", "handler");
        String board = TestIssuer.shared().token("fjordvekst", "fjordvekst-board", "handler");
        TestRouting.shared().hideFrom(complaintId, "fjordvekst-colleague");
        TestRouting.shared().readOnlyFor(complaintId, "fjordvekst-board");

        for (String path : List.of("", "/conversation")) {
            assertThat(http().get("/api/complaints/" + complaintId + path, colleague)
                            .statusCode())
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(TestRouting.shared().relayedToken(complaintId)).isEqualTo(colleague);

        assertThat(http().get("/api/complaints/" + complaintId, board).statusCode())
                .isEqualTo(200);
        HttpResponse<String> asked =
                http().post("/api/complaints/" + complaintId + "/questions", board, "{\"text\":\"Hvem var der?\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(403);
        assertThat(TestHttp.json(http().get("/api/complaints/" + complaintId + "/conversation", board))
                        .get("messages")
                        .isEmpty())
                .isTrue();

        // ASVS V16: every read of the content and every refused attempt is in the audit log, for the tenant admin only.
        String admin = TestIssuer.shared().token("fjordvekst", "fjordvekst-admin", "tenant-admin");
        JsonNode audit = TestHttp.json(http().get("/api/audit?complaintId=" + complaintId, admin));
        List<String> entries = new java.util.ArrayList<>();
        audit.forEach(
                e -> entries.add(e.get("who").asString() + " " + e.get("action").asString() + " "
                        + e.get("what").asString() + " " + e.get("why").asString()));
        assertThat(entries)
                .containsExactlyInAnyOrder(
                        "fjordvekst-colleague REFUSED COMPLAINT NOT_ALLOWED",
                        "fjordvekst-colleague REFUSED CONVERSATION NOT_ALLOWED",
                        "fjordvekst-board READ COMPLAINT LINE_MANAGER",
                        "fjordvekst-board REFUSED CONVERSATION NOT_HANDLER",
                        "fjordvekst-board READ CONVERSATION LINE_MANAGER");
        assertThat(audit.get(0).get("service").asString()).isEqualTo("intake-service");
        assertThat(http().get("/api/audit", board).statusCode()).isEqualTo(403);
        String otherAdmin = TestIssuer.shared().token("lysheim", "lysheim-admin", "tenant-admin");
        assertThat(TestHttp.json(http().get("/api/audit?complaintId=" + complaintId, otherAdmin))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void an_anonymous_complainant_follows_up_with_the_receipt_code_and_answers_the_handlers_question(
            CapturedOutput logs) {
        JsonNode receipt = sendAnonymously("198.51.100.7");
        String code = receipt.get("receiptCode").asString();
        String complaintId = receipt.get("complaintId").asString();
        assertThat(code).matches("\\d{20}");

        HttpResponse<String> opened = followUp("", "198.51.100.7", "{\"code\":\"%s\"}".formatted(grouped(code)));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        assertThat(TestHttp.json(opened).get("reference").asString())
                .isEqualTo(receipt.get("reference").asString());
        assertThat(TestHttp.json(opened).get("state").asString()).isEqualTo("RECEIVED");

        String handler = TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler");
        HttpResponse<String> asked = http().post(
                        "/api/complaints/" + complaintId + "/questions", handler, "{\"text\":\"Hvem var til stede?\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);

        JsonNode withQuestion = TestHttp.json(followUp("", "198.51.100.7", "{\"code\":\"%s\"}".formatted(code)));
        String question = withQuestion.get("openQuestion").asString();
        assertThat(withQuestion.at("/messages/0/text").asString()).isEqualTo("Hvem var til stede?");
        assertThat(withQuestion.toString()).doesNotContain("fjordvekst-handler");

        HttpResponse<String> answered = followUp(
                "/information",
                "198.51.100.7",
                "{\"code\":\"%s\",\"text\":\"Hele gruppen.\",\"answers\":\"%s\"}".formatted(code, question));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(TestHttp.json(answered).get("openQuestion").isNull()).isTrue();

        JsonNode staffView = TestHttp.json(http().get("/api/complaints/" + complaintId + "/conversation", handler));
        assertThat(staffView.at("/messages/1/text").asString()).isEqualTo("Hele gruppen.");
        String otherTenant = TestIssuer.shared().token("lysheim", "lysheim-receiver", "receiver");
        assertThat(http().get("/api/complaints/" + complaintId + "/conversation", otherTenant)
                        .statusCode())
                .isEqualTo(404);

        List<ConsumerRecord<String, String>> events =
                KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, complaintId, ComplaintInformationAdded.TYPE);
        assertThat(events)
                .extracting(r -> EventJson.read(r.value()).type())
                .contains(ComplaintQuestionAsked.TYPE, ComplaintInformationAdded.TYPE);
        assertThat(events)
                .allSatisfy(
                        r -> assertThat(r.value()).doesNotContain("Hele gruppen", "Hvem var til stede", TEXT, code));

        // Nothing about the person's device or address is kept, and the code is kept only as its hash.
        String stored =
                mongo.findById(complaintId, Document.class, "complaints").toJson();
        assertThat(stored).doesNotContain("198.51.100.7", "Sporbar", code).contains("receiptCodeHash");
        assertThat(logs.getAll()).doesNotContain("198.51.100.7", "Sporbar", code, TEXT, "Hele gruppen");
        assertThat(opened.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Autowired
    org.springframework.cloud.stream.function.StreamBridge streamBridge;

    @Autowired
    no.klagesak.support.sealing.EventSealer eventSealer;

    /** A step of the case as routing publishes it, with its words for the complainant sealed. */
    private void routingSays(
            String complaintId, String reference, String action, String state, String words, long version) {
        no.klagesak.support.test.TestEvents.publish(
                streamBridge,
                no.klagesak.contracts.EventEnvelope.of(
                        "fjordvekst",
                        complaintId,
                        java.time.Instant.now(),
                        new no.klagesak.contracts.CaseChanged(
                                reference,
                                action,
                                state,
                                "fjordvekst-handler",
                                java.time.LocalDate.of(2026, 12, 18),
                                words == null ? null : "PARTLY_UPHELD",
                                false,
                                eventSealer.seal("fjordvekst", complaintId, words),
                                null,
                                version)));
    }

    @Test
    void the_anonymous_complainant_reads_the_answer_with_the_code_and_after_the_final_decision_can_change_nothing() {
        JsonNode receipt = sendAnonymously("198.51.100.21");
        String code = "{\"code\":\"%s\"}".formatted(receipt.get("receiptCode").asString());
        String id = receipt.get("complaintId").asString();
        String reference = receipt.get("reference").asString();

        routingSays(id, reference, "ACCEPT", "IN_PROGRESS", null, 2);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestHttp.json(followUp("", "198.51.100.21", code))
                        .get("state")
                        .asString()
                        .equals("IN_PROGRESS"));
        JsonNode handling = TestHttp.json(followUp("", "198.51.100.21", code));
        assertThat(handling.get("deadline").asString()).isEqualTo("2026-12-18");
        assertThat(handling.get("allowed").toString()).contains("WITHDRAW").doesNotContain("ESCALATE");

        routingSays(id, reference, "RESOLVE", "RESOLVED", "Du får fast møte med veilederen hver uke.", 3);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestHttp.json(followUp("", "198.51.100.21", code))
                        .get("state")
                        .asString()
                        .equals("ANSWERED"));
        JsonNode answered = TestHttp.json(followUp("", "198.51.100.21", code));
        assertThat(answered.get("outcome").asString()).isEqualTo("PARTLY_UPHELD");
        assertThat(answered.get("messages").toString())
                .contains("\"kind\":\"ANSWER\"", "Du får fast møte med veilederen hver uke.");
        assertThat(answered.get("allowed").toString()).contains("ESCALATE").doesNotContain("WITHDRAW");
        assertThat(followUp("/withdrawal", "198.51.100.21", code).statusCode())
                .as("no withdrawal after the answer")
                .isEqualTo(409);
        // The answer is kept sealed at rest with intake's own key, like the rest of the conversation.
        assertThat(mongo.getCollection("complaints")
                        .find(new Document("_id", id))
                        .first()
                        .toJson())
                .doesNotContain("veilederen");

        routingSays(id, reference, "DECIDE", "DECIDED", "Ledelsen står ved svaret.", 5);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestHttp.json(followUp("", "198.51.100.21", code))
                        .get("finalDecision")
                        .asBoolean());
        String withText = "{\"code\":\"%s\",\"text\":\"Likevel\"}"
                .formatted(receipt.get("receiptCode").asString());
        assertThat(followUp("/withdrawal", "198.51.100.21", withText).statusCode())
                .isEqualTo(409);
        assertThat(followUp("/information", "198.51.100.21", withText).statusCode())
                .isEqualTo(409);
        assertThat(followUp("/escalation", "198.51.100.21", withText).statusCode())
                .isEqualTo(409);
        HttpResponse<String> asked = http().post(
                        "/api/complaints/" + id + "/questions",
                        TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler"),
                        "{\"text\":\"Hvorfor?\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(409);
        JsonNode decided = TestHttp.json(followUp("", "198.51.100.21", code));
        assertThat(decided.get("state").asString()).isEqualTo("DECIDED");
        assertThat(decided.get("allowed")).isEmpty();
        assertThat(decided.get("messages").toString())
                .contains("Ledelsen står ved svaret.")
                .doesNotContain("Likevel");

        // A step from before the decision, told late (a redelivery, or overtaken on the way): its words join the
        // conversation, but the case stays decided, by routing's version, whatever the clock says.
        routingSays(id, reference, "EXTEND_DEADLINE", "IN_PROGRESS", "Fristen ble flyttet.", 4);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestHttp.json(followUp("", "198.51.100.21", code))
                        .get("messages")
                        .toString()
                        .contains("Fristen ble flyttet."));
        assertThat(TestHttp.json(followUp("", "198.51.100.21", code))
                        .get("state")
                        .asString())
                .isEqualTo("DECIDED");
    }

    @Test
    void a_withdrawn_complaint_is_shown_withdrawn_and_takes_no_more_information() {
        JsonNode receipt = sendAnonymously("198.51.100.8");
        String code = receipt.get("receiptCode").asString();

        HttpResponse<String> withdrawn = followUp(
                "/withdrawal", "198.51.100.8", "{\"code\":\"%s\",\"text\":\"Det er ordnet.\"}".formatted(code));
        assertThat(TestHttp.json(withdrawn).get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(followUp("/information", "198.51.100.8", "{\"code\":\"%s\",\"text\":\"Likevel\"}".formatted(code))
                        .statusCode())
                .isEqualTo(409);
        String complaintId = receipt.get("complaintId").asString();
        assertThat(KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, complaintId, ComplaintWithdrawn.TYPE))
                .filteredOn(r -> r.value().contains(ComplaintWithdrawn.TYPE))
                .hasSize(1);
    }

    @Test
    void wrong_codes_are_limited_per_source_and_a_right_code_from_that_source_waits_too() {
        JsonNode receipt = sendAnonymously("203.0.113.9");
        String code = receipt.get("receiptCode").asString();
        String wrong = code.startsWith("0") ? "1" + code.substring(1) : "0" + code.substring(1);

        for (int guess = 0; guess < 10; guess++) {
            assertThat(followUp("", "203.0.113.66", "{\"code\":\"%s\"}".formatted(wrong))
                            .statusCode())
                    .isEqualTo(404);
        }
        HttpResponse<String> blocked = followUp("", "203.0.113.66", "{\"code\":\"%s\"}".formatted(code));
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(blocked.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));

        assertThat(followUp("", "203.0.113.9", "{\"code\":\"%s\"}".formatted(code))
                        .statusCode())
                .as("another source is not held back")
                .isEqualTo(200);
    }

    @Test
    void a_complainant_who_looks_again_and_again_with_the_right_code_is_not_held_back() {
        String code = sendAnonymously("192.0.2.44").get("receiptCode").asString();

        // More than the ten wrong codes a source may send: a right one is counted only until it is found right.
        for (int look = 0; look < 12; look++) {
            assertThat(followUp("", "192.0.2.44", "{\"code\":\"%s\"}".formatted(code))
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void a_code_that_is_no_code_or_an_operator_is_a_problem_not_a_query() {
        assertThat(followUp("", "198.51.100.20", "{\"code\":\"1234\"}").statusCode())
                .isEqualTo(400);
        assertThat(followUp("", "198.51.100.20", "{\"code\":{\"$gt\":\"\"}}").statusCode())
                .isEqualTo(400);
        assertThat(followUp("", "198.51.100.20", "not json").statusCode()).isEqualTo(400);
    }

    private static String deviation(String code, String formId, String text) {
        return """
                {"code":"%s","formId":"%s","kind":"LEVEL","text":"%s","happenedOn":"2026-11-02",\
                "concernsDirector":false}""".formatted(code, formId, text);
    }

    /**
     * A deviation from the routine (routine 001), reported by the complainant with the code: promised in the
     * complaint's outbox and published with its words sealed for routing, never in the conversation the handler reads
     * nor in the logs; in any state of the case, but not once the complaint is erased.
     */
    @Test
    void the_complainant_reports_a_deviation_with_the_code_sealed_for_routing_and_not_in_the_conversation(
            CapturedOutput logs) {
        JsonNode receipt = sendAnonymously("198.51.100.31");
        String code = receipt.get("receiptCode").asString();
        String id = receipt.get("complaintId").asString();
        String words = "Saksbehandleren avgjorde klagen på seg selv.";
        String formId = UUID.randomUUID().toString();

        HttpResponse<String> reported =
                followUp("/deviation", "198.51.100.31", deviation(grouped(code), formId, words));
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(202);
        assertThat(TestHttp.json(reported).get("reported").asBoolean()).isTrue();
        // The same form again (a second click) is published again: routing keeps one report per form.
        assertThat(followUp("/deviation", "198.51.100.31", deviation(code, formId, words))
                        .statusCode())
                .isEqualTo(202);

        var events = KafkaRecords.read(
                        kafka,
                        Topics.COMPLAINT_EVENTS,
                        Duration.ofSeconds(20),
                        read -> read.stream()
                                        .filter(r -> id.equals(r.key()))
                                        .filter(r -> r.value().contains(ComplainantReportedDeviation.TYPE))
                                        .count()
                                >= 2)
                .stream()
                .filter(r -> id.equals(r.key()))
                .filter(r -> r.value().contains(ComplainantReportedDeviation.TYPE))
                .toList();
        assertThat(events).hasSize(2);
        assertThat(events).allSatisfy(r -> assertThat(r.value()).doesNotContain("Saksbehandleren", code));
        var event = EventJson.read(events.getFirst().value());
        assertThat(event.tenantId()).isEqualTo("fjordvekst");
        assertThat(event.complaintId()).isEqualTo(id);
        var data = (ComplainantReportedDeviation) event.data();
        assertThat(data.formId()).isEqualTo(formId);
        assertThat(data.kind()).isEqualTo("LEVEL");
        assertThat(data.happenedOn()).isEqualTo(java.time.LocalDate.of(2026, 11, 2));
        assertThat(data.concernsDirector()).isFalse();
        assertThat(data.what()).startsWith(no.klagesak.support.sealing.EventSealer.PREFIX);
        assertThat(eventSealer.open("fjordvekst", id, data.what())).isEqualTo(words);

        // Not in the conversation, on the complainant's page nor the handler's; not at rest in plain text; not logged.
        assertThat(TestHttp.json(followUp("", "198.51.100.31", "{\"code\":\"%s\"}".formatted(code)))
                        .get("messages"))
                .isEmpty();
        String handler = TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler");
        assertThat(http().get("/api/complaints/" + id + "/conversation", handler)
                        .body())
                .doesNotContain("Saksbehandleren");
        assertThat(mongo.findById(id, Document.class, "complaints").toJson()).doesNotContain("Saksbehandleren");
        assertThat(logs.getAll()).doesNotContain("Saksbehandleren", code);

        // After the case is closed, still; once the complaint is erased, no more.
        routingSays(id, receipt.get("reference").asString(), "CLOSE", "CLOSED", null, 9);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestHttp.json(followUp("", "198.51.100.31", "{\"code\":\"%s\"}".formatted(code)))
                        .get("state")
                        .asString()
                        .equals("ANSWERED"));
        assertThat(followUp(
                                "/deviation",
                                "198.51.100.31",
                                deviation(code, UUID.randomUUID().toString(), "Etterpå."))
                        .statusCode())
                .isEqualTo(202);
        String admin = TestIssuer.shared().token("fjordvekst", "fjordvekst-admin", "tenant-admin");
        assertThat(http().post("/api/complaints/" + id + "/erasure", admin, "").statusCode())
                .isEqualTo(200);
        HttpResponse<String> erased = followUp(
                "/deviation", "198.51.100.31", deviation(code, UUID.randomUUID().toString(), "Slettet."));
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(409);
        assertThat(TestHttp.json(erased).at("/problems/complaint").asString()).isEqualTo("erased");
    }

    @Test
    void a_deviation_with_problems_is_refused_with_every_problem_and_nothing_is_published() {
        JsonNode receipt = sendAnonymously("198.51.100.32");
        String id = receipt.get("complaintId").asString();

        HttpResponse<String> refused = followUp("/deviation", "198.51.100.32", """
                {"code":"1234","formId":"","kind":"SOMETHING","text":"  ","happenedOn":"2999-01-01"}""");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(TestHttp.json(refused).get("problems"))
                .isEqualTo(
                        tools.jackson.databind.json.JsonMapper.builder().build().readTree("""
                        {"formId":"required","kind":"invalid","text":"required","happenedOn":"future","code":"invalid"}"""));
        HttpResponse<String> tooLong = followUp(
                "/deviation",
                "198.51.100.32",
                deviation(receipt.get("receiptCode").asString(), "f-1", "x".repeat(5001))
                        .replace("2026-11-02", "2. november"));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(tooLong).get("problems").toString())
                .contains("\"text\":\"too-long\"", "\"happenedOn\":\"invalid\"");

        // The complaint's outbox took nothing (the receipt went out); Kafka has no deviation of it.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.findById(id, Document.class, "complaints")
                        .getList("outbox", Object.class)
                        .isEmpty());
        assertThat(KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, id, ComplaintReceived.TYPE))
                .noneMatch(r -> r.value().contains(ComplainantReportedDeviation.TYPE));
    }

    @Test
    void a_wrong_code_for_a_deviation_is_not_found_and_counted_as_a_wrong_guess_like_the_others() {
        String code = sendAnonymously("203.0.113.31").get("receiptCode").asString();
        String wrong = code.startsWith("0") ? "1" + code.substring(1) : "0" + code.substring(1);

        for (int guess = 0; guess < 10; guess++) {
            HttpResponse<String> notFound = followUp("/deviation", "203.0.113.77", deviation(wrong, "f-1", "Noe."));
            assertThat(notFound.statusCode()).as(notFound.body()).isEqualTo(404);
        }
        assertThat(followUp("/deviation", "203.0.113.77", deviation(code, "f-1", "Noe."))
                        .statusCode())
                .isEqualTo(429);
        assertThat(followUp("", "203.0.113.77", "{\"code\":\"%s\"}".formatted(code))
                        .statusCode())
                .as("the same limit as the other steps")
                .isEqualTo(429);
    }

    private static String grouped(String code) {
        return code.replaceAll("(\\d{4})(?!$)", "$1 ");
    }
}
