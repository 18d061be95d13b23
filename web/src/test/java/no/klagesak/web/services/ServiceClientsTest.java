package no.klagesak.web.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import no.klagesak.web.services.IntakeClient.FollowUpAction;
import no.klagesak.web.services.IntakeClient.FollowedUp;
import no.klagesak.web.services.IntakeClient.Sent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The services' clients as they go over the wire (the page tests stand in for the clients themselves): one small HTTP
 * server answers for every service, and each call is checked for its method, path, query, headers and body, and for
 * what its answer becomes. The user's token goes with the calls that send it, and with no others.
 */
@SpringBootTest
class ServiceClientsTest {

    private static final Service SERVICE = new Service();

    @DynamicPropertySource
    static void everyServiceIsTheStandIn(DynamicPropertyRegistry registry) {
        for (String service : new String[] {"tenant", "routing", "notification", "reporting", "intake"}) {
            registry.add("klagesak.web." + service + "-service-url", SERVICE::url);
        }
    }

    @AfterAll
    static void stop() {
        SERVICE.server.stop(0);
    }

    @MockitoBean
    OAuth2AuthorizedClientManager authorizedClients;

    @Autowired
    ClientRegistrationRepository registrations;

    @Autowired
    RoutingServiceClient routing;

    @Autowired
    IntakeClient intake;

    @Autowired
    TenantServiceClient tenants;

    @BeforeEach
    void theUserHasAToken() {
        SERVICE.asked.clear();
        SERVICE.answers.clear();
        var token = new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER,
                "per-token",
                Instant.now(),
                Instant.now().plusSeconds(300));
        given(authorizedClients.authorize(any()))
                .willReturn(new OAuth2AuthorizedClient(registrations.findByRegistrationId("keycloak"), "per", token));
    }

    @Test
    void routing_is_asked_with_the_users_token_and_a_case_it_hides_is_none() {
        SERVICE.answer(200, """
                {"lines": [{"complaintId": "c-1", "reference": "FJV-2026-0001", "category": "SERVICE",
                            "handler": "per", "deadline": "2026-12-24", "state": "IN_PROGRESS"}],
                 "page": 2, "size": 50, "more": false, "overdue": 1}""");
        var cases = routing.casesOf("per", "OPEN", 2);

        var asked = SERVICE.next();
        assertThat(asked.line()).isEqualTo("GET /api/cases?handler=per&show=OPEN&page=2&size=50");
        assertThat(asked.authorization()).isEqualTo("Bearer per-token");
        assertThat(cases.overdue()).isEqualTo(1);
        assertThat(cases.lines()).singleElement().satisfies(line -> {
            assertThat(line.reference()).isEqualTo("FJV-2026-0001");
            assertThat(line.open()).isTrue();
        });

        SERVICE.answer(200, """
                {"lines": [], "page": 0, "size": 50, "more": false, "years": [2026]}""");
        routing.received(null, "WHISTLEBLOWING", null, 0);
        assertThat(SERVICE.next().line()).isEqualTo("GET /api/cases/received?track=WHISTLEBLOWING&page=0");

        SERVICE.answer(404, "{\"status\": 404}");
        assertThat(routing.workflow("c-2")).isEmpty();
        assertThat(SERVICE.next().line()).isEqualTo("GET /api/cases/c-2/workflow");
    }

    @Test
    void a_workflow_step_is_sent_as_json_and_routings_refusal_comes_back_in_words() {
        SERVICE.answer(204, "");
        assertThat(routing.step("c-1", Map.of("action", "START"))).isEmpty();
        var asked = SERVICE.next();
        assertThat(asked.line()).isEqualTo("POST /api/cases/c-1/workflow");
        assertThat(asked.contentType()).startsWith("application/json");
        assertThat(asked.body()).isEqualTo("{\"action\":\"START\"}");

        SERVICE.answer(409, "{\"status\": 409, \"detail\": \"Saken er allerede besvart.\"}");
        assertThat(routing.step("c-1", Map.of("action", "START"))).contains("Saken er allerede besvart.");
        assertThat(SERVICE.next().line()).isEqualTo("POST /api/cases/c-1/workflow");

        SERVICE.answer(204, "");
        assertThat(routing.legalHold("c-1", true, "Saken er avsluttet")).isEmpty();
        asked = SERVICE.next();
        assertThat(asked.line()).isEqualTo("POST /api/cases/c-1/legal-hold/release");
        assertThat(asked.body()).isEqualTo("{\"reason\":\"Saken er avsluttet\"}");
    }

    @Test
    void deviations_go_to_routing_with_the_users_token_and_its_refusals_come_back_as_problems() {
        String reported = """
                {"id": "f-1", "tenantId": "t-1", "kind": "DEADLINE", "what": "Fristen gikk ut.",
                 "happenedOn": "2026-01-05", "caseReference": null, "concernsDirector": false,
                 "reportedBy": "STAFF", "reporter": "per", "reporterName": "Per Hansen", "complaintId": "c-12",
                 "receiver": "dagny",
                 "receiverName": "Dagny Daglig", "deadline": "2026-01-19", "reportedAt": "2026-01-05T10:00:00Z",
                 "handling": null}""";
        SERVICE.answer(201, reported);
        var answer = routing.reportDeviation(new RoutingServiceClient.DeviationDraft(
                "f-1", "DEADLINE", "Fristen gikk ut.", java.time.LocalDate.of(2026, 1, 5), null, false));
        var asked = SERVICE.next();
        assertThat(asked.line()).isEqualTo("POST /api/deviations");
        assertThat(asked.authorization()).isEqualTo("Bearer per-token");
        assertThat(asked.contentType()).startsWith("application/json");
        assertThat(asked.body())
                .contains("\"id\":\"f-1\"", "\"kind\":\"DEADLINE\"", "\"what\":\"Fristen gikk ut.\"")
                .contains("\"happenedOn\":\"2026-01-05\"", "\"concernsDirector\":false");
        assertThat(answer).isInstanceOfSatisfying(RoutingServiceClient.Done.class, done -> {
            assertThat(done.deviation().receiverName()).isEqualTo("Dagny Daglig");
            assertThat(done.deviation().reporterName()).isEqualTo("Per Hansen");
            assertThat(done.deviation().complaintId()).isEqualTo("c-12");
            assertThat(done.deviation().deadline()).isEqualTo(java.time.LocalDate.of(2026, 1, 19));
            assertThat(done.deviation().reportedAt()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
            assertThat(done.deviation().handling()).isNull();
        });

        SERVICE.answer(400, """
                {"problems": [{"field": "what", "code": "missing"}, {"field": "receiver", "code": "none"}]}""");
        assertThat(routing.reportDeviation(
                        new RoutingServiceClient.DeviationDraft("f-2", "OTHER", "", null, null, true)))
                .isEqualTo(new RoutingServiceClient.Refused(List.of(
                        new RoutingServiceClient.Problem("what", "missing"),
                        new RoutingServiceClient.Problem("receiver", "none"))));
        assertThat(SERVICE.next().line()).isEqualTo("POST /api/deviations");
        SERVICE.answer(409, "{\"status\": 409, \"detail\": \"Dette avviket er alt meldt med en annen tekst.\"}");
        assertThat(routing.reportDeviation(
                        new RoutingServiceClient.DeviationDraft("f-1", "OTHER", "Noe annet.", null, null, false)))
                .isEqualTo(new RoutingServiceClient.Conflict());
        SERVICE.next();

        SERVICE.answer(200, "[" + reported + "]");
        assertThat(routing.deviations(2026))
                .singleElement()
                .satisfies(d -> assertThat(d.id()).isEqualTo("f-1"));
        asked = SERVICE.next();
        assertThat(asked.line()).isEqualTo("GET /api/deviations?year=2026");
        assertThat(asked.authorization()).isEqualTo("Bearer per-token");

        SERVICE.answer(404, "{\"status\": 404}");
        assertThat(routing.deviation("d-9")).isEmpty();
        assertThat(SERVICE.next().line()).isEqualTo("GET /api/deviations/d-9");

        SERVICE.answer(200, reported.replace("\"handling\": null", """
                "handling": {"measures": "Tiltak.", "handledBy": "dagny", "handledAt": "2026-01-06T08:00:00Z"}"""));
        assertThat(routing.handleDeviation("f-1", "Tiltak."))
                .isInstanceOfSatisfying(
                        RoutingServiceClient.Done.class,
                        done -> assertThat(done.deviation().handling())
                                .isEqualTo(new RoutingServiceClient.DeviationHandling(
                                        "Tiltak.", "dagny", Instant.parse("2026-01-06T08:00:00Z"))));
        asked = SERVICE.next();
        assertThat(asked.line()).isEqualTo("POST /api/deviations/f-1/handling");
        assertThat(asked.authorization()).isEqualTo("Bearer per-token");
        assertThat(asked.body()).isEqualTo("{\"measures\":\"Tiltak.\"}");
        SERVICE.answer(403, "{\"status\": 403}");
        assertThat(routing.handleDeviation("f-1", "Tiltak.")).isEqualTo(new RoutingServiceClient.NotTheReceiver());
        SERVICE.next();
        SERVICE.answer(409, "{\"status\": 409}");
        assertThat(routing.handleDeviation("f-1", "Tiltak.")).isEqualTo(new RoutingServiceClient.Conflict());
        SERVICE.next();

        SERVICE.answer(200, """
                {"year": 2026, "byKind": {"ACKNOWLEDGEMENT": 0, "DEADLINE": 2, "LEVEL": 0, "INFORMATION": 0,
                 "CONFIDENTIALITY": 1, "OTHER": 0}, "total": 3, "handled": 1, "late": 1}""");
        var counts = routing.deviationCounts(2026);
        asked = SERVICE.next();
        assertThat(asked.line()).isEqualTo("GET /api/deviations/counts?year=2026");
        assertThat(asked.authorization()).isEqualTo("Bearer per-token");
        assertThat(counts.of("DEADLINE")).isEqualTo(2);
        assertThat(counts.total()).isEqualTo(3);
        assertThat(counts.late()).isEqualTo(1);
    }

    @Test
    void a_complaint_from_the_public_form_goes_without_a_token_with_the_senders_address_and_its_key() {
        SERVICE.answer(201, """
                {"reference": "FJV-2026-0007", "track": "COMPLAINT", "receiptCode": "K7QF-2M9X"}""");

        Sent sent = intake.submit("fjordvekst", "key-1", Map.of("subject", "Ventetid"), List.of(), "203.0.113.7");

        var asked = SERVICE.next();
        assertThat(asked.line()).isEqualTo("POST /public/tenants/fjordvekst/complaints");
        assertThat(asked.authorization()).isNull();
        assertThat(asked.header("X-Forwarded-For")).isEqualTo("203.0.113.7");
        assertThat(asked.header("Idempotency-Key")).isEqualTo("key-1");
        assertThat(asked.contentType()).startsWith("application/json");
        assertThat(asked.body()).isEqualTo("{\"subject\":\"Ventetid\"}");
        assertThat(sent).isEqualTo(new Sent.Received("FJV-2026-0007", "COMPLAINT", "K7QF-2M9X"));
    }

    @Test
    void a_complaint_with_files_is_one_multipart_request_and_a_refusal_names_its_fields() {
        SERVICE.answer(400, """
                {"status": 400, "problems": {"attachments[0]": "type-not-allowed"}}""");

        Sent sent = intake.submit(
                "fjordvekst",
                "key-2",
                Map.of("subject", "Ventetid"),
                List.of(new IntakeClient.File("vedlegg.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))),
                "203.0.113.7",
                true);

        var asked = SERVICE.next();
        assertThat(asked.line()).isEqualTo("POST /public/tenants/fjordvekst/complaints");
        assertThat(asked.authorization()).as("sent by a complainant logged in").isEqualTo("Bearer per-token");
        assertThat(asked.header("Idempotency-Key")).isEqualTo("key-2");
        assertThat(asked.contentType()).startsWith("multipart/form-data");
        assertThat(asked.body())
                .contains("name=\"complaint\"", "{\"subject\":\"Ventetid\"}")
                .contains("name=\"attachments\"; filename=\"vedlegg.pdf\"", "%PDF-1.7");
        assertThat(sent).isEqualTo(new Sent.Refused(Map.of("attachments[0]", "type-not-allowed")));
    }

    @Test
    void follow_up_steps_with_the_receipt_code_each_have_their_path_and_intakes_refusals_their_meaning() {
        SERVICE.answer(404, "{\"status\": 404}");
        assertThat(intake.followUp("fjordvekst", FollowUpAction.OPEN, "WRONG", null, null, null, "203.0.113.7"))
                .isEqualTo(new FollowedUp.WrongCode());
        var asked = SERVICE.next();
        assertThat(asked.line()).isEqualTo("POST /public/tenants/fjordvekst/follow-up");
        assertThat(asked.authorization()).isNull();
        assertThat(asked.header("X-Forwarded-For")).isEqualTo("203.0.113.7");
        assertThat(asked.body()).contains("\"code\":\"WRONG\"");

        SERVICE.answer(429, "{\"status\": 429}", "Retry-After", "120");
        assertThat(intake.followUp(
                        "fjordvekst", FollowUpAction.INFORMATION, "K7QF-2M9X", "Mer", null, null, "203.0.113.7"))
                .isEqualTo(new FollowedUp.TooManyTries(2));
        assertThat(SERVICE.next().line()).isEqualTo("POST /public/tenants/fjordvekst/follow-up/information");
    }

    @Test
    void the_admins_reads_of_intake_have_their_query_and_a_file_comes_as_it_is() {
        SERVICE.answer(200, "{\"c-1\": \"FJV-2026-0001\"}");
        assertThat(intake.references(List.of("c-1", "c-2"), null)).containsEntry("c-1", "FJV-2026-0001");
        var asked = SERVICE.next();
        assertThat(asked.path()).isEqualTo("/api/complaint-references");
        assertThat(asked.query()).isEqualTo("ids=c-1,c-2");

        SERVICE.answer(200, "application/json", "{\"name\": \"Kari\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(intake.concernedExport("c-1", "p-1"))
                .hasValueSatisfying(file ->
                        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("{\"name\": \"Kari\"}"));
        assertThat(SERVICE.next().line()).isEqualTo("GET /api/complaints/c-1/export/concerned?person=p-1");

        SERVICE.answer(404, "{\"status\": 404}");
        assertThat(intake.concernedExport("c-9")).isEqualTo(Optional.empty());
        assertThat(SERVICE.next().line()).isEqualTo("GET /api/complaints/c-9/export/concerned");
    }

    @Test
    void a_change_tenant_service_refuses_or_could_not_finish_is_refused_with_its_words() {
        SERVICE.answer(400, """
                {"status": 400, "problems": [{"field": "name", "code": "required", "message": "Navnet må fylles ut"}]}""");
        assertThatExceptionOfType(TenantServiceClient.Refused.class)
                .isThrownBy(() -> tenants.onboard("fjordvekst", "", "standard", "admin@fjordvekst.no"))
                .satisfies(refused -> assertThat(refused.problems())
                        .containsExactly(new TenantServiceClient.Problem("name", "required", "Navnet må fylles ut")));
        var asked = SERVICE.next();
        assertThat(asked.line()).isEqualTo("POST /api/tenants");
        assertThat(asked.body()).contains("\"alias\":\"fjordvekst\"");

        SERVICE.answer(502, "{\"status\": 502, \"detail\": \"Innloggingstjenesten fullførte ikke.\"}");
        assertThatExceptionOfType(TenantServiceClient.Refused.class)
                .isThrownBy(() -> tenants.importOrganisation("t-1", "navn;e-post\n", "REPLACE"))
                .satisfies(refused -> assertThat(refused.problems())
                        .containsExactly(new TenantServiceClient.Problem(
                                "", "unavailable", "Innloggingstjenesten fullførte ikke.")));
        asked = SERVICE.next();
        assertThat(asked.line()).isEqualTo("POST /api/tenants/t-1/organisation/import?mode=REPLACE");
        assertThat(asked.contentType()).startsWith("text/csv");
        assertThat(asked.body()).isEqualTo("navn;e-post\n");
    }

    /** A request as the service got it. */
    record Asked(String method, String path, @Nullable String query, Map<String, List<String>> headers, String body) {

        String line() {
            return method + " " + path + (query == null ? "" : "?" + query);
        }

        @Nullable
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }

        @Nullable
        String authorization() {
            return header("Authorization");
        }

        String contentType() {
            String type = header("Content-Type");
            return type == null ? "" : type;
        }
    }

    /** What the service answers next. */
    record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {}

    /** The stand-in for every service: answers each request with the next answer given, and keeps what it was asked. */
    static final class Service {

        final HttpServer server;
        final BlockingQueue<Asked> asked = new LinkedBlockingQueue<>();
        final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();

        Service() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", this::handle);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void answer(int status, String json) {
            answer(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        void answer(int status, String json, String header, String value) {
            answers.add(new Answer(
                    status, "application/problem+json", json.getBytes(StandardCharsets.UTF_8), Map.of(header, value)));
        }

        void answer(int status, String contentType, byte[] body) {
            answers.add(new Answer(status, contentType, body, Map.of()));
        }

        Asked next() {
            try {
                var next = asked.poll(5, TimeUnit.SECONDS);
                assertThat(next).as("a request").isNotNull();
                return next;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                var uri = exchange.getRequestURI();
                asked.add(new Asked(
                        exchange.getRequestMethod(),
                        uri.getPath(),
                        uri.getQuery(),
                        Map.copyOf(exchange.getRequestHeaders()),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                var answer = answers.poll();
                if (answer == null) {
                    exchange.sendResponseHeaders(500, -1);
                    return;
                }
                answer.headers()
                        .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                if (answer.body().length == 0) {
                    exchange.sendResponseHeaders(answer.status(), -1);
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", answer.contentType());
                exchange.sendResponseHeaders(answer.status(), answer.body().length);
                exchange.getResponseBody().write(answer.body());
            }
        }
    }
}
