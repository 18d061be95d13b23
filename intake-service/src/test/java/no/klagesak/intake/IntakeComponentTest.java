package no.klagesak.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.klagesak.contracts.CloudEventHeaders;
import no.klagesak.contracts.ComplaintErased;
import no.klagesak.contracts.ComplaintReceived;
import no.klagesak.contracts.EventEnvelope;
import no.klagesak.contracts.EventJson;
import no.klagesak.contracts.RetentionExpired;
import no.klagesak.contracts.Topics;
import no.klagesak.contracts.tenant.RoutineVersion;
import no.klagesak.support.sealing.Sealer;
import no.klagesak.support.tenant.TenantCopy;
import no.klagesak.support.tenant.TenantTopicReader;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.KafkaRecords;
import no.klagesak.support.test.TestEvents;
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
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** intake-service over real HTTP, a real Kafka broker and the Mongo-compatible store. */
@ComponentTest
@ExtendWith(OutputCaptureExtension.class)
class IntakeComponentTest implements no.klagesak.support.test.EveryEndpointRefusesForgedTokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TEXT = "Veilederen min har ikke svart på seks uker.";

    @LocalServerPort
    int port;

    /**
     * Every endpoint × every role × the owner's and another tenant's token, against the approved matrix; 0 leaks.
     * Routing's need-to-know answer is "no" to every user here, so the matrix shows what intake allows by itself: no
     * read of the complaint without routing's yes. Who routing says yes to, for each role, is the product's matrix on
     * the local stack (e2e-tests, {@code NeedToKnowMatrixE2ETest}).
     */
    @org.junit.jupiter.api.Test
    void the_access_matrix_is_as_approved_and_another_tenant_gets_nothing(
            @org.springframework.beans.factory.annotation.Autowired
                    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
                    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings)
            throws Exception {
        String marker = "Matrise-" + java.util.UUID.randomUUID();
        HttpResponse<String> created = post("/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"%s","description":"Tekst","language":"nb"}""".formatted(marker));
        String complaintId = no.klagesak.support.test.TestHttp.json(created)
                .get("complaintId")
                .asString();
        for (String tenant : List.of("fjordvekst", "lysheim")) {
            for (String role : no.klagesak.support.test.AccessMatrix.ROLES) {
                TestRouting.shared().hideFrom(complaintId, no.klagesak.support.test.AccessMatrix.user(tenant, role));
            }
        }
        no.klagesak.support.test.AccessMatrix.assertApproved(
                port,
                mappings,
                "fjordvekst",
                "lysheim",
                java.util.Map.of("id", complaintId),
                List.of(marker),
                java.util.Set.of());
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    MongoTemplate mongo;

    @Test
    void a_complaint_from_the_public_form_is_stored_and_published_once_without_its_text(CapturedOutput logs)
            throws Exception {
        // The caller's trace (the web application's request, here a made-up one).
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        HttpResponse<String> response = TestHttp.localhost(port)
                .post(
                        "/public/tenants/fjordvekst/complaints",
                        null,
                        body("\"complainant\":{\"name\":\"Kari Nordmann\",\"email\":\"kari@example.org\"}"),
                        Map.of("traceparent", "00-" + trace + "-00f067aa0ba902b7-01"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode receipt = JSON.readTree(response.body());
        String complaintId = receipt.get("complaintId").asString();
        assertThat(receipt.get("reference").asString()).matches("FJO-\\d{4}-\\d{4,}");

        List<ConsumerRecord<String, String>> records = KafkaRecords.read(
                kafka,
                Topics.COMPLAINT_EVENTS,
                Duration.ofSeconds(20),
                read -> read.stream().anyMatch(r -> complaintId.equals(r.key())));
        List<ConsumerRecord<String, String>> ours =
                records.stream().filter(r -> complaintId.equals(r.key())).toList();
        assertThat(ours).hasSize(1);
        ConsumerRecord<String, String> record = ours.getFirst();
        assertThat(KafkaRecords.header(record, CloudEventHeaders.TYPE)).isEqualTo(ComplaintReceived.TYPE);
        // Traced across Kafka (issue 11): the binder's observation puts the W3C trace context on the record, and the
        // relay publishes in the trace of the request that stored the complaint, though it ran later on its own thread.
        assertThat(KafkaRecords.header(record, "traceparent")).matches("00-" + trace + "-[0-9a-f]{16}-01");
        assertThat(KafkaRecords.header(record, CloudEventHeaders.TENANT_ID)).isEqualTo("fjordvekst");
        assertThat(KafkaRecords.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(KafkaRecords.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(record.value()).doesNotContain(TEXT, "Kari Nordmann");
        var event = EventJson.read(record.value());
        assertThat(event.tenantId()).isEqualTo("fjordvekst");
        assertThat(((ComplaintReceived) event.data()).acknowledgeTo().email()).isEqualTo("kari@example.org");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(mongo.findById(complaintId, Document.class, "complaints")
                                .getList("outbox", Document.class))
                        .isEmpty());
    }

    @Test
    void a_published_event_is_a_complete_cloudevent_for_the_official_sdk() throws Exception {
        HttpResponse<String> response = post(
                "/public/tenants/fjordvekst/complaints",
                null,
                body("\"complainant\":{\"name\":\"Ola\",\"email\":\"ola@example.org\"}"));
        String complaintId = JSON.readTree(response.body()).get("complaintId").asString();

        ConsumerRecord<String, String> record = KafkaRecords.read(
                        kafka,
                        Topics.COMPLAINT_EVENTS,
                        Duration.ofSeconds(20),
                        read -> read.stream().anyMatch(r -> complaintId.equals(r.key())))
                .stream()
                .filter(r -> complaintId.equals(r.key()))
                .findFirst()
                .orElseThrow();
        io.cloudevents.CloudEvent event = io.cloudevents.kafka.KafkaMessageFactory.createReader(
                        record.headers(), record.value().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toEvent();

        assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(event.getId()).isNotBlank();
        assertThat(event.getType()).isEqualTo(ComplaintReceived.TYPE);
        assertThat(event.getSource()).hasToString("/klagesak/intake-service");
        assertThat(event.getSubject()).isEqualTo(complaintId);
        assertThat(event.getTime()).isNotNull();
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getExtension("tenantid")).isEqualTo("fjordvekst");
        assertThat(new String(event.getData().toBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains(complaintId)
                .doesNotContain("Ola");
    }

    /** The served OpenAPI document describes what the service answers: each exchange below is checked against it. */
    @Test
    void the_served_api_document_describes_the_public_form_the_follow_up_and_the_staff_api() {
        var api = no.klagesak.support.test.ApiDocumentCheck.served(port);
        api.assertDescribed("Klagesak intake-service");
        String receiver = TestIssuer.shared().token("fjordvekst", "fjordvekst-receiver", "receiver");
        String handler = TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler");

        assertThat(api.send("GET", "/public/tenants/fjordvekst/form", null, null)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> sent = api.send("POST", "/public/tenants/fjordvekst/complaints", null, body(null));
        assertThat(sent.statusCode()).isEqualTo(201);
        String complaintId = TestHttp.json(sent).get("complaintId").asString();
        String code = TestHttp.json(sent).get("receiptCode").asString();
        assertThat(api.send("POST", "/public/tenants/fjordvekst/follow-up", null, "{\"code\":\"" + code + "\"}")
                        .statusCode())
                .isEqualTo(200);
        // A deviation from the routine, reported with the code (routine 001); refused with every problem of the form.
        HttpResponse<String> deviation = api.send(
                "POST", "/public/tenants/fjordvekst/follow-up/deviation", null, """
                {"code":"%s","formId":"%s","kind":"DEADLINE","text":"Ingen svar.","happenedOn":"2026-11-02",\
                "concernsDirector":false}""".formatted(code, UUID.randomUUID()));
        assertThat(deviation.statusCode()).as(deviation.body()).isEqualTo(202);
        assertThat(TestHttp.json(deviation).get("reported").asBoolean()).isTrue();
        assertThat(api.refused(
                                "POST",
                                "/public/tenants/fjordvekst/follow-up/deviation",
                                null,
                                "{\"code\":\"" + code + "\",\"kind\":\"OTHER\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.send(
                                "POST",
                                "/api/complaints",
                                receiver,
                                body("\"complainant\":{\"name\":\"Ola\"},\"staffRegistration\":"
                                        + "{\"medium\":\"PHONE\",\"confirmedByComplainant\":true}"))
                        .statusCode())
                .isEqualTo(201);
        assertThat(api.send("GET", "/api/complaints/" + complaintId, handler, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/complaints/" + complaintId + "/conversation", handler, null)
                        .statusCode())
                .isEqualTo(200);
        // What the case page reads in one call: the text and the conversation.
        HttpResponse<String> both =
                api.send("GET", "/api/complaints/" + complaintId + "/with-conversation", handler, null);
        assertThat(both.statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(both).at("/complaint/id").asString()).isEqualTo(complaintId);
        assertThat(TestHttp.json(both).at("/conversation/messages").isArray()).isTrue();
        // The case's journal, as the archive will take it: the complaint received, numbered, from the complainant.
        assertThat(TestHttp.json(both).at("/journal/0/title").asString()).isEqualTo("Klage mottatt");
        assertThat(TestHttp.json(both).at("/journal/0/direction").asString()).isEqualTo("INCOMING");
        assertThat(TestHttp.json(both).at("/journal/0/number").asInt()).isEqualTo(1);

        assertThat(api.refused("POST", "/public/tenants/fjordvekst/complaints", null, "{}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.refused("POST", "/public/tenants/nobody/complaints", null, body(null))
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.refused("GET", "/api/complaints/" + complaintId, null, null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(api.refused("GET", "/api/complaints/" + UUID.randomUUID(), handler, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.refused("GET", "/api/audit", handler, null).statusCode()).isEqualTo(403);
        api.assertEveryExchangeMatched();

        assertThat(api.document().get("paths").propertyNames())
                .contains(
                        "/public/tenants/{tenantId}/complaints",
                        "/public/tenants/{tenantId}/form",
                        "/api/complaints",
                        "/api/complaints/{id}",
                        "/public/tenants/{tenantId}/follow-up",
                        "/public/tenants/{tenantId}/follow-up/information",
                        "/public/tenants/{tenantId}/follow-up/withdrawal",
                        "/public/tenants/{tenantId}/follow-up/escalation",
                        "/public/tenants/{tenantId}/follow-up/retaliation",
                        "/public/tenants/{tenantId}/follow-up/deviation",
                        "/api/complaints/{id}/attachments/{attachmentId}",
                        "/api/complaints/{id}/conversation",
                        "/api/complaints/{id}/questions");
    }

    @Test
    void the_producer_is_configured_for_durability(@Autowired Environment environment) {
        String binder = "spring.cloud.stream.kafka.binder.";
        assertThat(environment.getProperty(binder + "producer-properties.acks")).isEqualTo("all");
        assertThat(environment.getProperty(binder + "producer-properties.enable.idempotence"))
                .isEqualTo("true");
        assertThat(environment.getProperty(binder + "required-acks")).isEqualTo("all");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.outbox-out-0.producer.sync"))
                .isEqualTo("true");
    }

    @Test
    void staff_register_for_their_own_tenant_and_only_their_tenant_can_read_it() throws Exception {
        String token = TestIssuer.shared().token("lysheim", "lysheim-receiver", "receiver");
        HttpResponse<String> response = post(
                "/api/complaints",
                token,
                body("\"complainant\":{\"name\":\"Ola\",\"email\":\"ola@example.org\"},"
                        + "\"staffRegistration\":{\"medium\":\"IN_PERSON\",\"helpedBy\":\"Tolk Tove\","
                        + "\"confirmedByComplainant\":true}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String location = response.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> own = get(location, token);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(own.body()).get("tenantId").asString()).isEqualTo("lysheim");
        assertThat(JSON.readTree(own.body()).get("registeredBy").asString()).isEqualTo("lysheim-receiver");
        assertThat(JSON.readTree(own.body()).get("channel").asString()).isEqualTo("STAFF_REGISTRATION");
        assertThat(JSON.readTree(own.body()).at("/staffRegistration/helpedBy").asString())
                .isEqualTo("Tolk Tove");
        assertThat(JSON.readTree(own.body())
                        .at("/staffRegistration/confirmedByComplainant")
                        .asBoolean())
                .isTrue();
        assertThat(location).endsWith(JSON.readTree(own.body()).get("id").asString());
        assertThat(JSON.readTree(own.body()).get("description").asString()).isEqualTo(TEXT);

        String otherTenant = TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler");
        assertThat(get(location, otherTenant).statusCode()).isEqualTo(404);
    }

    @Test
    void an_anonymous_complaint_where_the_routine_refuses_them_is_rejected_and_nothing_is_stored() throws Exception {
        long before = mongo.getCollection("complaints").countDocuments();

        HttpResponse<String> response = post("/public/tenants/lysheim/complaints", null, body(null));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).at("/problems/complainant").asString())
                .isEqualTo("anonymous-not-allowed");
        assertThat(mongo.getCollection("complaints").countDocuments()).isEqualTo(before);
    }

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate store;

    /**
     * ASVS V14: the text and the complainant's name and address are sealed at rest with the tenant's key, so the stored
     * document does not show them, and the key is stored only wrapped; those who may read the complaint read it. (The
     * e-mail address for the acknowledgement is sealed too, but travels in the event, so it is in the outbox until
     * relayed.)
     */
    @Test
    void complaint_text_and_contact_details_are_sealed_at_rest_with_the_tenants_key() throws Exception {
        String secret = "Hemmelig-" + java.util.UUID.randomUUID();
        HttpResponse<String> created =
                post("/public/tenants/lysheim/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Om %s","description":"%s",
                 "complainant":{"name":"Navn %s","email":"kari@example.org","address":"Gate %s"},"language":"nb"}""".formatted(secret, secret, secret, secret));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = TestHttp.json(created).get("complaintId").asString();

        var stored = store.findById(id, org.bson.Document.class, "complaints");
        assertThat(stored.toJson()).doesNotContain(secret).contains(Sealer.PREFIX);
        var key = store.findById("lysheim", org.bson.Document.class, "tenant_keys");
        assertThat(key.keySet()).contains("content", "pseudonyms").doesNotContain("wrapped");

        String handler = TestIssuer.shared().token("lysheim", "lysheim-handler", "handler");
        HttpResponse<String> read = get("/api/complaints/" + id, handler);
        assertThat(read.body()).contains("Om " + secret, "Navn " + secret, "Gate " + secret);
    }

    /** A complainant's access request (art. 15): the tenant admin downloads what intake holds; logged. */
    @Test
    void the_tenant_admin_exports_what_is_held_about_a_complaint_for_an_access_request() throws Exception {
        HttpResponse<String> created = post("/public/tenants/lysheim/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Innsyn","description":"Alt om meg",
                 "complainant":{"name":"Ida Innsyn","email":"ida@example.org"},"language":"nb"}""");
        String id = TestHttp.json(created).get("complaintId").asString();
        String admin = TestIssuer.shared().token("lysheim", "lysheim-admin", "tenant-admin");

        HttpResponse<String> export = get("/api/complaints/" + id + "/export", admin);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("innsyn-LYS-");
        assertThat(export.body()).contains("Alt om meg", "Ida Innsyn", "ida@example.org", "\"conversation\":[]");
        assertThat(get("/api/complaints/" + id + "/export", TestIssuer.shared().token("lysheim", "h", "handler"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(get(
                                "/api/complaints/" + id + "/export",
                                TestIssuer.shared().token("fjordvekst", "fjordvekst-admin", "tenant-admin"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/api/audit?complaintId=" + id, admin).body()).contains("EXPORTED", "ACCESS_REQUEST");
    }

    /**
     * Retention: when routing says a case's retention ran out, intake erases the complaint and tells every service
     * once, why included; the audit log says the platform did it. A legal hold on the case refuses the tenant admin's
     * erasure with 409, and nothing is erased.
     */
    @Test
    void a_complaint_is_erased_when_its_retention_runs_out_and_not_by_request_while_a_legal_hold_is_on(
            @Autowired StreamBridge streamBridge) throws Exception {
        String admin = TestIssuer.shared().token("lysheim", "lysheim-admin", "tenant-admin");
        String held = submitted("Holdt Hilde");
        TestRouting.shared().holdOn(held);
        HttpResponse<String> refused = post("/api/complaints/" + held + "/erasure", admin, "");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(get("/api/complaints/" + held + "/export", admin).body()).contains("Holdt Hilde");

        String expired = submitted("Utløpt Ulla");
        String reference = TestHttp.json(get("/api/complaints/" + expired, admin))
                .path("reference")
                .asString();
        var event = EventEnvelope.of(
                "lysheim",
                expired,
                Instant.now(),
                new RetentionExpired(reference, "COMPLAINT", LocalDate.of(2020, 1, 6), 5));
        // Delivered twice: erased once.
        TestEvents.publish(streamBridge, event);
        TestEvents.publish(streamBridge, event);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !get("/api/complaints/" + expired + "/export", admin)
                        .body()
                        .contains("Utløpt Ulla"));
        var erased = KafkaRecords.ofKey(kafka, Topics.COMPLAINT_EVENTS, expired, ComplaintErased.TYPE).stream()
                .filter(r -> r.value().contains(ComplaintErased.TYPE))
                .toList();
        assertThat(erased).singleElement().satisfies(r -> assertThat(r.value()).contains("\"because\":\"RETENTION\""));
        assertThat(get("/api/audit?complaintId=" + expired, admin).body())
                .contains("\"who\":\"klagesak\"", "ERASED", "RETENTION");
    }

    private String submitted(String name) throws Exception {
        HttpResponse<String> created = post("/public/tenants/lysheim/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Oppbevaring","description":"Gammelt",
                 "complainant":{"name":"%s","email":"o@example.org"},"language":"nb"}""".formatted(name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return TestHttp.json(created).get("complaintId").asString();
    }

    /**
     * The person a complaint names asks what is registered about them: the tenant admin downloads it without who
     * complained and without the other people of the organisation; logged; 404 for one that names no person.
     */
    @Test
    void the_person_a_complaint_names_gets_what_is_registered_about_them_without_the_complainant_or_others()
            throws Exception {
        HttpResponse<String> created = post("/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Henrik og Dagny",
                 "description":"Henrik ga meg, Siri Sand, ingen oppfølging. Dagny visste det.",
                 "concerns":{"kind":"PERSON","id":"handler"},
                 "complainant":{"name":"Siri Sand","email":"siri@example.org"},"language":"nb"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = TestHttp.json(created).get("complaintId").asString();
        String admin = TestIssuer.shared().token("fjordvekst", "fjordvekst-admin", "tenant-admin");

        HttpResponse<String> export = get("/api/complaints/" + id + "/export/concerned", admin);

        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        var json = TestHttp.json(export);
        assertThat(json.get("description").asString())
                .isEqualTo("Henrik ga meg, [fjernet], ingen oppfølging. [fjernet] visste det.");
        assertThat(json.get("subject").asString()).isEqualTo("Henrik og [fjernet]");
        assertThat(export.body()).doesNotContain("Siri", "siri@example.org", "PARTICIPANT", "Dagny");
        assertThat(get("/api/audit?complaintId=" + id, admin).body()).contains("CONCERNED_ACCESS_REQUEST");
        assertThat(get(
                                "/api/complaints/" + id + "/export/concerned",
                                TestIssuer.shared().token("fjordvekst", "h", "handler"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(get(
                                "/api/complaints/" + id + "/export/concerned",
                                TestIssuer.shared().token("lysheim", "lysheim-admin", "tenant-admin"))
                        .statusCode())
                .isEqualTo(404);
        String unnamed = submitted("Uten Navngitt");
        assertThat(get(
                                "/api/complaints/" + unnamed + "/export/concerned",
                                TestIssuer.shared().token("lysheim", "lysheim-admin", "tenant-admin"))
                        .statusCode())
                .isEqualTo(404);
    }

    /**
     * "It concerns my nearest leader": the form names no one, routing found who; that person's access request covers
     * the complaint and the case file's notes (routing's, already without the organisation's other names), with the
     * complainant removed here too. A person routing does not name gets 404.
     */
    @Test
    void the_person_routing_found_a_complaint_concerns_gets_the_complaint_and_the_case_files_notes() throws Exception {
        HttpResponse<String> created = post("/public/tenants/fjordvekst/complaints", null, """
                {"complainantRole":"PARTICIPANT","category":"FOLLOW_UP","subject":"Lederen min",
                 "description":"Lederen min roper til meg, Siri Sand.","concernsLineManager":true,
                 "complainant":{"name":"Siri Sand","email":"siri@example.org"},"language":"nb"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = TestHttp.json(created).get("complaintId").asString();
        String admin = TestIssuer.shared().token("fjordvekst", "fjordvekst-admin", "tenant-admin");
        TestRouting.shared().concerns(id, "handler", """
                        [{"at":"2026-12-01T10:00:00Z","what":"RECORD_ACTION","text":"Ringte Siri Sand og [fjernet]."}]""");

        HttpResponse<String> export = get("/api/complaints/" + id + "/export/concerned?person=handler", admin);

        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        assertThat(TestHttp.json(export).at("/caseNotes/0/text").asString())
                .isEqualTo("Ringte [fjernet] og [fjernet].");
        assertThat(export.body()).doesNotContain("Siri");
        assertThat(get("/api/complaints/" + id + "/export/concerned?person=director", admin)
                        .statusCode())
                .isEqualTo(404);
    }

    /**
     * A complainant logged in with ID-porten finds what they sent while logged in, newest first, and nothing else: not
     * what they sent without logging in, not another person's, not another tenant's; staff tokens and forged ones get
     * nothing. Who sent it is stored only as a pseudonym.
     */
    @Test
    void a_complainant_logged_in_with_id_porten_sees_their_own_complaints_and_no_one_elses() throws Exception {
        String kariName = "idporten.kari-" + UUID.randomUUID();
        String kari = TestIssuer.shared().idPorten(kariName);
        String ola = TestIssuer.shared().idPorten("idporten.ola-" + UUID.randomUUID());
        String first = TestHttp.json(
                        TestHttp.localhost(port).post("/public/tenants/fjordvekst/complaints", kari, body(null)))
                .get("reference")
                .asString();
        String second = TestHttp.json(
                        TestHttp.localhost(port).post("/public/tenants/fjordvekst/complaints", kari, body(null)))
                .get("reference")
                .asString();
        post("/public/tenants/fjordvekst/complaints", null, body(null));
        post("/public/tenants/fjordvekst/complaints", ola, body(null));
        post("/public/tenants/lysheim/complaints", kari, body("\"complainant\":{\"name\":\"Kari\"}"));

        var mine = TestHttp.json(get("/public/tenants/fjordvekst/my/complaints", kari));
        assertThat(mine.valueStream().map(c -> c.get("reference").asString())).containsExactly(second, first);
        assertThat(mine.get(0).get("state").asString()).isEqualTo("RECEIVED");
        assertThat(mine.toString()).doesNotContain(TEXT);
        assertThat(TestHttp.json(get("/public/tenants/fjordvekst/my/complaints", ola))
                        .size())
                .isEqualTo(1);

        assertThat(get("/public/tenants/fjordvekst/my/complaints", null).statusCode())
                .isEqualTo(401);
        assertThat(get(
                                "/public/tenants/fjordvekst/my/complaints",
                                TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(get(
                                "/public/tenants/fjordvekst/my/complaints",
                                TestIssuer.impostor().token("fjordvekst", "x", "handler"))
                        .statusCode())
                .isEqualTo(401);
        String id = mine.get(0).get("complaintId").asString();

        // They open one and follow it up without the code; no one else can, not even its reference's owner by guess.
        var one = TestHttp.json(get("/public/tenants/fjordvekst/my/complaints/" + id, kari));
        assertThat(one.get("reference").asString()).isEqualTo(second);
        assertThat(one.get("allowed").toString()).contains("ADD_INFORMATION", "WITHDRAW");
        assertThat(get("/public/tenants/fjordvekst/my/complaints/" + id, ola).statusCode())
                .isEqualTo(404);
        assertThat(TestHttp.localhost(port)
                        .post(
                                "/public/tenants/fjordvekst/my/complaints/" + id + "/information",
                                ola,
                                "{\"text\":\"Nei\"}")
                        .statusCode())
                .isEqualTo(404);
        var added = TestHttp.localhost(port)
                .post(
                        "/public/tenants/fjordvekst/my/complaints/" + id + "/information",
                        kari,
                        "{\"text\":\"Det skjedde igjen.\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(TestHttp.json(added).get("messages").toString()).contains("Det skjedde igjen.");
        assertThat(TestHttp.localhost(port)
                        .post(
                                "/public/tenants/fjordvekst/my/complaints/" + id + "/escalation",
                                kari,
                                "{\"text\":\"Nei\"}")
                        .statusCode())
                .as("no escalation before an answer")
                .isEqualTo(409);
        assertThat(mongo.getCollection("complaints")
                        .find(new Document("_id", id))
                        .first()
                        .toJson())
                .contains(Sealer.PSEUDONYM)
                .doesNotContain(TestIssuer.claims(kariName).build().getSubject());
    }

    /**
     * The actuator has a port of its own: Prometheus scrapes it and the probes ask it without a token, and the API's
     * port serves none of it.
     */
    @Test
    void health_and_metrics_are_on_the_management_port_only(@Value("${local.management.port}") int management)
            throws Exception {
        post("/public/tenants/fjordvekst/complaints", null, body(null));
        var scrape = TestHttp.localhost(management).get("/actuator/prometheus", null);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains(
                        "jvm_memory_used_bytes",
                        // Business metrics (issue 11), tagged with classifications only.
                        "klagesak_complaints_received_total{channel=\"WEB_FORM\",tenant=\"fjordvekst\",track=\"COMPLAINT\"}",
                        "klagesak_outbox_age_seconds{collection=\"complaints\"}",
                        // Consumer lag, from the Kafka binder.
                        "spring_cloud_stream_binder_kafka_offset")
                .doesNotContain(TEXT);
        assertThat(TestHttp.localhost(management)
                        .get("/actuator/health/liveness", null)
                        .body())
                .contains("UP");
        // Readiness asks the store too (issue 25): the Mongo health check runs against it and finds it up.
        var readiness = TestHttp.localhost(management).get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("UP");
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(404);
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(404);
    }

    /** A body over the limit (2 MB) is refused before it is read: 413, and nothing stored. */
    @Test
    void a_request_body_over_the_limit_is_refused_with_413() throws Exception {
        String huge = "{\"subject\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        HttpResponse<String> refused = post("/public/tenants/fjordvekst/complaints", null, huge);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("Nothing was stored");
    }

    @Test
    void a_forged_token_is_refused() throws Exception {
        String forged = TestIssuer.impostor().token("fjordvekst", "mallory", "handler");
        assertThat(post("/api/complaints", forged, body(null)).statusCode()).isEqualTo(401);
    }

    @Test
    void a_retried_submission_with_the_same_idempotency_key_is_one_complaint_and_one_event() throws Exception {
        String key = "retry-" + java.util.UUID.randomUUID();
        HttpResponse<String> first = post("/public/tenants/fjordvekst/complaints", null, body(null), key);
        HttpResponse<String> retry = post("/public/tenants/fjordvekst/complaints", null, body(null), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        String complaintId = JSON.readTree(first.body()).get("complaintId").asString();
        assertThat(JSON.readTree(retry.body()).get("complaintId").asString()).isEqualTo(complaintId);
        assertThat(JSON.readTree(retry.body()).get("reference").asString())
                .isEqualTo(JSON.readTree(first.body()).get("reference").asString());
        // Read until the complaint's event is there (up to 30 s), then 5 s more, so that a second one is read too.
        Instant giveUp = Instant.now().plusSeconds(30);
        Instant[] settled = {null};
        List<ConsumerRecord<String, String>> records =
                KafkaRecords.read(kafka, Topics.COMPLAINT_EVENTS, Duration.ofSeconds(40), read -> {
                    if (settled[0] == null && read.stream().anyMatch(r -> complaintId.equals(r.key()))) {
                        settled[0] = Instant.now().plusSeconds(5);
                    }
                    return Instant.now().isAfter(settled[0] == null ? giveUp : settled[0]);
                });
        assertThat(records).filteredOn(r -> complaintId.equals(r.key())).hasSize(1);
        assertThat(mongo.getCollection("complaints").countDocuments(new Document("submissionKey", key)))
                .isEqualTo(1);
    }

    @Test
    void a_routine_change_on_the_tenant_topic_applies_to_the_next_complaint_without_a_restart() throws Exception {
        String tenant = "policy-" + UUID.randomUUID().toString().substring(0, 8);
        RoutineVersion first = TestTenants.version(1, "Policy AS", true, 14);
        TestTenants.publish(kafka, TestTenants.snapshot(tenant, "Policy AS", 1, List.of(first)));
        awaitFormVersion(tenant, 1);
        assertThat(post("/public/tenants/" + tenant + "/complaints", null, body(null))
                        .statusCode())
                .isEqualTo(201);

        RoutineVersion second =
                new RoutineVersion(2, Instant.now(), "admin", List.of(), TestTenants.routine("Policy AS", false, 7));
        TestTenants.publish(kafka, TestTenants.snapshot(tenant, "Policy AS", 2, List.of(first, second)));
        awaitFormVersion(tenant, 2);

        assertThat(post("/public/tenants/" + tenant + "/complaints", null, body(null))
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> named =
                post("/public/tenants/" + tenant + "/complaints", null, body("\"complainant\":{\"name\":\"Kari\"}"));
        assertThat(named.statusCode()).isEqualTo(201);
        String staff = TestIssuer.shared().token(tenant, tenant + "-handler", "handler");
        String id = JSON.readTree(named.body()).get("complaintId").asString();
        assertThat(JSON.readTree(get("/api/complaints/" + id, staff).body())
                        .get("policyVersion")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void two_replicas_whose_store_is_empty_each_rebuild_their_copy_of_the_tenants_from_the_compacted_topic() {
        mongo.dropCollection("tenant_copy");
        // Two replicas of the service started on the same empty store: the second finds every tenant already stored
        // by the first, and must still keep each in its own copy (it once kept none of them: ClusterE2ETest).
        TenantCopy first = new TenantCopy(mongo);
        TenantCopy second = new TenantCopy(mongo);
        assertThat(first.find("fjordvekst")).isEmpty();

        for (TenantCopy replica : List.of(first, second)) {
            TenantTopicReader reader = new TenantTopicReader(replica, kafka, Topics.TENANTS, Duration.ofSeconds(30));
            reader.start();
            try {
                assertThat(reader.caughtUp()).isTrue();
                assertThat(replica.find("fjordvekst")).isPresent();
                assertThat(replica.find("lysheim")).isPresent();
            } finally {
                reader.stop();
            }
        }
        assertThat(mongo.getCollection("tenant_copy").countDocuments()).isGreaterThanOrEqualTo(2);
    }

    private void awaitFormVersion(String tenant, int version) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            HttpResponse<String> form = get("/public/tenants/" + tenant + "/form", null);
            return form.statusCode() == 200
                    && JSON.readTree(form.body()).get("version").asInt() == version;
        });
    }

    @Test
    void two_hundred_parallel_submissions_to_one_tenant_get_two_hundred_distinct_reference_numbers() throws Exception {
        String tenant = "busy-" + UUID.randomUUID().toString().substring(0, 8);
        TestTenants.publish(
                kafka,
                TestTenants.snapshot(tenant, "Travel AS", 1, List.of(TestTenants.version(1, "Travel AS", true, 14))));
        awaitFormVersion(tenant, 1);

        java.util.Set<String> references = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.List<Integer> statuses = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 200; i++) {
                threads.submit(() -> {
                    HttpResponse<String> response = post("/public/tenants/" + tenant + "/complaints", null, body(null));
                    statuses.add(response.statusCode());
                    references.add(
                            JSON.readTree(response.body()).path("reference").asString());
                    return null;
                });
            }
        }

        assertThat(statuses).hasSize(200).containsOnly(201);
        assertThat(references).hasSize(200).allMatch(r -> r.matches("TRA-\\d{4}-\\d{4}"));
    }

    @Test
    void a_wrong_content_type_on_the_public_form_is_415_not_401_and_nothing_is_stored() throws Exception {
        long before = mongo.getCollection("complaints").countDocuments();
        HttpResponse<String> response = TestHttp.localhost(port)
                .post("/public/tenants/fjordvekst/complaints", null, body(null), Map.of("Content-Type", "text/plain"));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(mongo.getCollection("complaints").countDocuments()).isEqualTo(before);
    }

    /** Bad input to the public endpoint: each is refused as a problem, never a 401 or a 500, and nothing is stored. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            a missing complainant type           | fjordvekst | {"complainantRole":null}                                      | 400 | complainantRole
            an oversized subject                 | fjordvekst | {"subject":"%201s"}                                           | 400 | subject
            an oversized description             | fjordvekst | {"description":"%10001s"}                                     | 400 | description
            an unknown category                  | fjordvekst | {"category":"NO_SUCH_THING"}                                  | 400 | category
            a malformed category code            | fjordvekst | {"category":"follow up"}                                      | 400 | category
            an unknown complainant type          | fjordvekst | {"complainantRole":"ALIEN"}                                   | 400 | complainantRole
            a complainant type not offered       | fjordvekst | {"complainantRole":"BUYER"}                                   | 400 | complainantRole
            a track that is not the category's   | fjordvekst | {"track":"WHISTLEBLOWING"}                                    | 400 | track
            an anonymous complaint where refused | lysheim    | {}                                                            | 400 | complainant
            an invalid e-mail                    | fjordvekst | {"complainant":{"name":"Kari","email":"kari-at-example"}}     | 400 | complainant.email
            an oversized name                    | fjordvekst | {"complainant":{"name":"%201s"}}                              | 400 | complainant.name
            an oversized phone                   | fjordvekst | {"complainant":{"name":"Kari","phone":"%41s"}}                | 400 | complainant.phone
            an oversized address                 | fjordvekst | {"complainant":{"name":"Kari","address":"%201s"}}             | 400 | complainant.address
            a named complaint without a name     | fjordvekst | {"complainant":{"name":"  "}}                                 | 400 | complainant.name
            a language not offered               | fjordvekst | {"language":"de"}                                             | 400 | language
            a blank subject                      | fjordvekst | {"subject":"   "}                                             | 400 | subject
            a missing description                | fjordvekst | {"description":null}                                          | 400 | description
            a MongoDB operator in a text field   | fjordvekst | {"subject":{"$gt":""}}                                        | 400 |
            a MongoDB operator as the category   | fjordvekst | {"category":"$gt"}                                            | 400 | category
            an array where a person belongs      | fjordvekst | {"complainant":["Kari"]}                                      | 400 |
            a word where a yes or no belongs     | fjordvekst | {"concernsLineManager":"perhaps"}                             | 400 |
            an oversized desired change          | fjordvekst | {"desiredChange":"%10001s"}                                   | 400 | desiredChange
            a NAV decision without a name        | fjordvekst | {"category":"NAV_DECISION","complainant":null}                | 400 | complainant
            a NAV decision from an employee      | fjordvekst | {"category":"NAV_DECISION","complainantRole":"EMPLOYEE"}      | 400 | complainantRole
            a description of only white space    | fjordvekst | {"description":"\\t\\n  "}                                   | 400 | description
            an unknown unit concerned            | fjordvekst | {"concerns":{"kind":"UNIT","id":"u-nowhere"}}                 | 400 | concerns.id
            a receiver where no one may choose   | fjordvekst | {"chosenReceiver":"director"}                                 | 400 | chosenReceiver
            an unknown tenant                    | nobody     | {}                                                            | 404 |
            """)
    void bad_input_is_a_problem_and_nothing_is_stored(
            String what, String tenant, String change, int status, String field) throws Exception {
        long before = mongo.getCollection("complaints").countDocuments();
        ObjectNode complaint = (ObjectNode) JSON.readTree(body("\"complainant\":{\"name\":\"Kari\"}"));
        JSON.readTree(expand(change)).properties().forEach(e -> complaint.set(e.getKey(), e.getValue()));
        if (tenant.equals("lysheim")) complaint.remove("complainant");

        HttpResponse<String> response = post("/public/tenants/" + tenant + "/complaints", null, complaint.toString());

        assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        if (field != null) {
            assertThat(JSON.readTree(response.body()).path("problems").has(field))
                    .as(what + ": " + response.body())
                    .isTrue();
        }
        assertThat(mongo.getCollection("complaints").countDocuments()).isEqualTo(before);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            malformed JSON     | {"subject":
            an empty body      | ''
            a JSON null        | null
            a JSON array       | [1,2,3]
            """)
    void a_body_that_is_no_complaint_is_a_400_problem(String what, String body) throws Exception {
        long before = mongo.getCollection("complaints").countDocuments();

        HttpResponse<String> response = post("/public/tenants/fjordvekst/complaints", null, body);

        assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(400);
        assertThat(mongo.getCollection("complaints").countDocuments()).isEqualTo(before);
    }

    /** {@code %201s} in a case stands for 201 letters. */
    private static String expand(String change) {
        var matcher = java.util.regex.Pattern.compile("%(\\d+)s").matcher(change);
        return matcher.replaceAll(m -> "x".repeat(Integer.parseInt(m.group(1))));
    }

    @Test
    void the_public_form_offers_the_units_a_complaint_may_concern_but_names_no_one_else() throws Exception {
        JsonNode form =
                JSON.readTree(get("/public/tenants/fjordvekst/form", null).body());

        assertThat(form.path("units").propertyNames()).contains("root");
        assertThat(form.has("people")).isFalse();
        HttpResponse<String> sent = post(
                "/public/tenants/fjordvekst/complaints",
                null,
                body("\"concerns\":{\"kind\":\"UNIT\",\"id\":\"root\"}"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    }

    @Test
    void an_unknown_tenant_has_no_public_form() throws Exception {
        assertThat(post("/public/tenants/nobody/complaints", null, body(null)).statusCode())
                .isEqualTo(404);
        assertThat(get("/public/tenants/nobody/form", null).statusCode()).isEqualTo(404);
    }

    private static String body(String complainant) {
        return """
                {"track":"COMPLAINT","complainantRole":"PARTICIPANT","category":"FOLLOW_UP",
                 "subject":"Oppfølging","description":"%s","language":"nb"%s}
                """.formatted(TEXT, complainant == null ? "" : "," + complainant);
    }

    private HttpResponse<String> post(String path, String token, String json) {
        return TestHttp.localhost(port).post(path, token, json);
    }

    private HttpResponse<String> post(String path, String token, String json, String idempotencyKey) {
        return TestHttp.localhost(port).post(path, token, json, Map.of("Idempotency-Key", idempotencyKey));
    }

    private HttpResponse<String> get(String path, String token) {
        return TestHttp.localhost(port).get(path, token);
    }
}
