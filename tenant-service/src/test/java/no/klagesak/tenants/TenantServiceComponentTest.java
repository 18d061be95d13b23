package no.klagesak.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.times;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import no.klagesak.contracts.CloudEventHeaders;
import no.klagesak.contracts.EventJson;
import no.klagesak.contracts.TenantSnapshot;
import no.klagesak.contracts.Topics;
import no.klagesak.support.test.ComponentTest;
import no.klagesak.support.test.KafkaRecords;
import no.klagesak.support.test.TestHttp;
import no.klagesak.support.test.TestIssuer;
import no.klagesak.tenants.tenant.IdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** tenant-service over real HTTP, the Mongo-compatible store and a real Kafka broker. */
@ComponentTest
class TenantServiceComponentTest implements no.klagesak.support.test.EveryEndpointRefusesForgedTokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    /** Every endpoint × every role × the owner's and another tenant's token, against the approved matrix; 0 leaks. */
    @org.junit.jupiter.api.Test
    void the_access_matrix_is_as_approved_and_another_tenant_gets_nothing(
            @org.springframework.beans.factory.annotation.Autowired
                    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
                    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings)
            throws Exception {
        no.klagesak.support.test.AccessMatrix.assertApproved(
                port,
                mappings,
                "fjordvekst",
                "lysheim",
                java.util.Map.of("tenantId", "fjordvekst"),
                List.of("Fjordvekst AS"),
                java.util.Set.of("platform-operator"));
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    /** Keycloak itself is tested end to end against the local stack; here, that onboarding asks it for both. */
    @MockitoBean
    IdentityProvider identityProvider;

    /** Keycloak's users, likewise: here, that every change reaches them and each invitation is sent once. */
    @MockitoBean
    no.klagesak.tenants.account.Logins logins;

    @org.springframework.beans.factory.annotation.Autowired
    no.klagesak.tenants.account.StaffAccounts accounts;

    @org.springframework.beans.factory.annotation.Autowired
    no.klagesak.tenants.tenant.Tenants tenants;

    private final String operator = TestIssuer.shared().token("platform", "operator", "platform-operator");
    private final String fjordvekstAdmin = TestIssuer.shared().token("fjordvekst", "fjordvekst-admin", "tenant-admin");
    private final String lysheimAdmin = TestIssuer.shared().token("lysheim", "lysheim-admin", "tenant-admin");

    @Test
    void the_demo_tenants_exist_as_data_and_are_published_on_the_compacted_topic() {
        TestHttp api = TestHttp.localhost(port);
        JsonNode published = TestHttp.json(api.get("/public/tenants/fjordvekst", null));
        assertThat(published.get("name").asString()).isEqualTo("Fjordvekst AS");
        assertThat(published.toString())
                .as("the published routine names no one in the organisation")
                .doesNotContain("fjordvekst-handler", "fjordvekst-director", "@fjordvekst.example");
        // The start page's list: every active company by name, in Norwegian order, and nothing more of them.
        JsonNode listed = TestHttp.json(api.get("/public/tenants", null));
        assertThat(listed.valueStream().map(t -> t.path("name").asString()))
                .containsSubsequence("Fjordvekst AS", "Lysheim Arbeid og Inkludering");
        assertThat(listed.valueStream()
                        .map(t -> t.propertyNames().stream().sorted().toList()))
                .allMatch(fields -> fields.equals(List.of("id", "name")));
        assertThat(snapshotsOf("fjordvekst", 1)).isNotEmpty();
    }

    /** Routine 001: the routine is evaluated every year; the director records it, and the routine says when. */
    @Test
    void the_director_records_the_routine_s_evaluation_and_the_board_and_the_published_routine_show_it() {
        TestHttp api = TestHttp.localhost(port);
        String director = TestIssuer.shared().token("lysheim", "lysheim-director", "managing-director");
        String board = TestIssuer.shared().token("lysheim", "lysheim-board", "board");
        String handler = TestIssuer.shared().token("lysheim", "lysheim-handler", "handler");
        String anotherDirector = TestIssuer.shared().token("fjordvekst", "fjordvekst-director", "managing-director");
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString();
        String form = """
                {"id":"%s","heldOn":"%s","participants":"Daglig leder og Tora Tillitsvalgt",
                 "employeeRepresentatives":"Tora Tillitsvalgt","figures":"Statistikken for året",
                 "conclusions":"Kvitteringene kom for sent.","decidedChanges":"Kortere frist for kvittering."}
                """.formatted(java.util.UUID.randomUUID(), today);

        assertThat(api.post("/api/tenants/lysheim/evaluations", board, form).statusCode())
                .as("only the director records it")
                .isEqualTo(403);
        assertThat(api.post("/api/tenants/lysheim/evaluations", anotherDirector, form)
                        .statusCode())
                .as("not in another company")
                .isEqualTo(404);
        var refused = api.post(
                "/api/tenants/lysheim/evaluations",
                director,
                "{\"id\":\"%s\",\"heldOn\":\"%s\",\"participants\":\" \"}"
                        .formatted(java.util.UUID.randomUUID(), today));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(refused)
                        .path("problems")
                        .valueStream()
                        .map(p -> p.path("field").asString()))
                .containsExactlyInAnyOrder("participants", "conclusions");
        assertThat(TestHttp.json(api.get("/api/tenants/lysheim/evaluations", board))
                        .path("evaluations")
                        .size())
                .as("nothing stored by the refused or forbidden ones")
                .isZero();

        assertThat(api.post("/api/tenants/lysheim/evaluations", director, form).statusCode())
                .isEqualTo(201);
        assertThat(api.post("/api/tenants/lysheim/evaluations", director, form).statusCode())
                .as("the same form sent twice is recorded once")
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/tenants/lysheim/evaluations",
                                director,
                                form.replace("Kvitteringene kom for sent.", "Endret etterpå."))
                        .statusCode())
                .as("the same form sent again after an edit is refused, not dropped in silence")
                .isEqualTo(409);
        assertThat(api.post("/api/tenants/fjordvekst/evaluations", anotherDirector, form)
                        .statusCode())
                .as("another company's form with the same id is its own")
                .isEqualTo(201);
        // The change it decided: a new routine version, agreed with the employees' representative.
        JsonNode routine =
                TestHttp.json(api.get("/api/tenants/lysheim", lysheimAdmin)).at("/currentRoutine/routine");
        var changed = api.put(
                "/api/tenants/lysheim/routine",
                lysheimAdmin,
                "{\"routine\":" + routine + ",\"agreedWith\":[\"Tora Tillitsvalgt " + java.util.UUID.randomUUID()
                        + "\"]}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        int version = TestHttp.json(changed).at("/currentRoutine/version").asInt();

        JsonNode seen = TestHttp.json(api.get("/api/tenants/lysheim/evaluations", board));
        assertThat(seen.path("evaluations").size()).isEqualTo(1);
        assertThat(seen.at("/evaluations/0/conclusions").asString()).isEqualTo("Kvitteringene kom for sent.");
        assertThat(seen.at("/evaluations/0/followedBy").valueStream().map(JsonNode::asInt))
                .containsExactly(version);
        assertThat(seen.path("due").asBoolean()).isFalse();
        assertThat(api.get("/api/tenants/lysheim/evaluations", handler).statusCode())
                .isEqualTo(403);
        assertThat(TestHttp.json(api.get("/public/tenants/lysheim", null))
                        .path("lastEvaluatedOn")
                        .asString())
                .isEqualTo(today);
        // The other services learn of it from the tenant's snapshot: notification reminds the director a year on.
        assertThat(snapshotsOf("lysheim", version).getLast().lastEvaluatedOn())
                .isEqualTo(java.time.LocalDate.parse(today));
    }

    @Test
    void every_setting_survives_the_store_including_those_added_later() {
        TestHttp api = TestHttp.localhost(port);
        JsonNode lysheim = TestHttp.json(api.get("/api/tenants/lysheim", lysheimAdmin));
        JsonNode notices = lysheim.at("/currentRoutine/routine/notices");
        assertThat(notices.get("satisfactionSurvey").asBoolean())
                .as(notices.toString())
                .isTrue();
        assertThat(lysheim.at("/currentRoutine/routine/deadlines/whistleblowerCheckInDays")
                        .toString())
                .isEqualTo("[30,90,180]");
    }

    /** The served OpenAPI document describes what the service answers: each exchange below is checked against it. */
    @Test
    void the_served_api_document_describes_the_routine_the_organisation_and_onboarding() {
        var api = no.klagesak.support.test.ApiDocumentCheck.served(port);
        api.assertDescribed("Klagesak tenant-service");

        assertThat(api.send("GET", "/public/tenants/fjordvekst", null, null).statusCode())
                .isEqualTo(200);
        assertThat(api.send("GET", "/public/tenants", null, null).statusCode()).isEqualTo(200);
        String director = TestIssuer.shared().token("fjordvekst", "fjordvekst-director", "managing-director");
        assertThat(api.send("GET", "/api/tenants/fjordvekst/evaluations", director, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.refused("POST", "/api/tenants/fjordvekst/evaluations", director, "{\"id\":\"x\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.send("GET", "/api/tenants/fjordvekst", fjordvekstAdmin, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/tenants/fjordvekst/history", fjordvekstAdmin, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/templates", operator, null).statusCode())
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/tenants", operator, null).statusCode()).isEqualTo(200);

        assertThat(api.refused("GET", "/api/tenants/fjordvekst", null, null).statusCode())
                .isEqualTo(401);
        assertThat(api.refused("POST", "/api/tenants", fjordvekstAdmin, "{}").statusCode())
                .isEqualTo(403);
        assertThat(api.refused("PUT", "/api/tenants/fjordvekst/routine", fjordvekstAdmin, "{\"routine\":{}}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.refused("GET", "/public/tenants/nobody", null, null).statusCode())
                .isEqualTo(404);
        api.assertEveryExchangeMatched();
    }

    @Test
    void only_the_platform_operator_onboards_and_a_retry_makes_no_second_tenant() {
        TestHttp api = TestHttp.localhost(port);
        String request = """
                {"alias":"nordlys","name":"Nordlys Vekst AS","template":"WRITTEN_MANAGEMENT_MEETING_4_WEEKS",
                 "adminEmail":"admin@nordlys.example"}""";

        assertThat(api.post("/api/tenants", fjordvekstAdmin, request).statusCode())
                .isEqualTo(403);
        assertThat(api.post("/api/tenants", operator, request).statusCode()).isEqualTo(201);
        assertThat(api.post("/api/tenants", operator, request).statusCode()).isEqualTo(200);
        HttpResponse<String> taken =
                api.post("/api/tenants", operator, request.replace("Nordlys Vekst AS", "Another AS"));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(TestHttp.json(taken).path("status").asInt()).isEqualTo(400);
        assertThat(TestHttp.json(taken).path("problems").get(0).path("field").asString())
                .isEqualTo("alias");

        then(identityProvider).should(times(2)).ensureOrganization("nordlys", "Nordlys Vekst AS");
        then(logins)
                .should()
                .sync(
                        org.mockito.ArgumentMatchers.eq("nordlys"),
                        org.mockito.ArgumentMatchers.argThat(a -> a.username().equals("admin@nordlys.example")
                                && a.roles().equals(java.util.Set.of("tenant-admin", "managing-director"))),
                        org.mockito.ArgumentMatchers.any());

        JsonNode tenants = TestHttp.json(api.get("/api/tenants", operator));
        assertThat(tenants.valueStream().filter(t -> t.get("id").asString().equals("nordlys")))
                .hasSize(1);
        TenantSnapshot snapshot = snapshotsOf("nordlys", 1).getLast();
        assertThat(snapshot.current()
                        .routine()
                        .deadlines()
                        .complaint()
                        .handling()
                        .amount())
                .isEqualTo(4);
        // Until the organisation is set up, the first admin stands in, logging in with their e-mail: a complaint
        // before the set-up reaches a person who can read it.
        var admin = snapshot.organisation()
                .person(snapshot.organisation().managingDirector())
                .orElseThrow();
        assertThat(admin.username()).isEqualTo("admin@nordlys.example");
        assertThat(snapshot.organisation().managementGroup()).containsExactly(admin.id());
    }

    /** The operator sees whether each first admin has set a password, and sends the invitation again. */
    @Test
    void the_operator_sees_whether_the_first_admin_accepted_and_sends_the_invitation_again() {
        TestHttp api = TestHttp.localhost(port);
        api.post("/api/tenants", operator, """
                {"alias":"sorvik","name":"Sørvik Arbeid AS","template":"LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL",
                 "adminEmail":"admin@sorvik.example"}""");
        given(logins.status("admin@sorvik.example"))
                .willReturn(new no.klagesak.tenants.account.Logins.Status(true, true, false));
        given(logins.needsPassword("admin@sorvik.example")).willReturn(true);

        assertThat(api.get("/api/invitations", operator).body())
                .contains("{\"tenantId\":\"sorvik\",\"adminEmail\":\"admin@sorvik.example\",\"accepted\":false,"
                        + "\"setUpOpen\":[\"HANDLERS\",\"BOARD_CONTACT\"]}");
        assertThat(api.post("/api/invitations/sorvik", operator, "").statusCode())
                .isEqualTo(202);
        then(logins).should().invite("admin@sorvik.example");
        assertThat(api.post("/api/invitations/sorvik", fjordvekstAdmin, "").statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/invitations", fjordvekstAdmin).statusCode()).isEqualTo(403);

        given(logins.status("admin@sorvik.example"))
                .willThrow(new no.klagesak.tenants.tenant.IdentityProvider.Unavailable("away", null));
        assertThat(api.get("/api/invitations", operator).body())
                .contains("\"tenantId\":\"sorvik\",\"adminEmail\":\"admin@sorvik.example\",\"accepted\":null");
    }

    @Test
    void a_half_done_onboarding_is_stored_reported_and_completed_by_the_same_request_again() {
        TestHttp api = TestHttp.localhost(port);
        String request = """
                {"alias":"halvveis","name":"Halvveis AS","template":"THROUGH_THE_LINE_NAMED_14_DAYS",
                 "adminEmail":"admin@halvveis.example"}""";
        willThrow(new IdentityProvider.Unavailable("Keycloak is down", null))
                .willDoNothing()
                .given(identityProvider)
                .ensureOrganization("halvveis", "Halvveis AS");

        HttpResponse<String> failed = api.post("/api/tenants", operator, request);
        assertThat(failed.statusCode()).isEqualTo(502);
        assertThat(failed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(TestHttp.json(failed).path("detail").asString()).contains("igjen");

        assertThat(api.post("/api/tenants", operator, request).statusCode()).isEqualTo(200);
        then(logins)
                .should()
                .sync(
                        org.mockito.ArgumentMatchers.eq("halvveis"),
                        org.mockito.ArgumentMatchers.argThat(a -> a.username().equals("admin@halvveis.example")),
                        org.mockito.ArgumentMatchers.any());
        assertThat(TestHttp.json(api.get("/api/tenants", operator))
                        .valueStream()
                        .filter(t -> t.get("id").asString().equals("halvveis")))
                .hasSize(1);
    }

    /**
     * The admin adds a handler with a login: the change reaches Keycloak with the roles of the person's place, and the
     * invitation is sent once though the change is followed by runs of the schedule; the last admin cannot go.
     */
    @Test
    void a_person_added_with_a_login_gets_the_roles_of_their_place_and_one_invitation() {
        TestHttp api = TestHttp.localhost(port);
        api.post("/api/tenants", operator, """
                {"alias":"austvik","name":"Austvik AS","template":"LOWEST_LEVEL_14_DAYS_MANAGEMENT_FINAL",
                 "adminEmail":"admin@austvik.example"}""");
        given(logins.needsPassword(org.mockito.ArgumentMatchers.anyString())).willReturn(true);
        String admin = TestIssuer.shared().token("austvik", "admin@austvik.example", "tenant-admin");
        ObjectNode organisation = (ObjectNode)
                TestHttp.json(api.get("/api/tenants/austvik", admin)).get("organisation");
        ((tools.jackson.databind.node.ArrayNode) organisation.get("people"))
                .addObject()
                .put("id", "p-2")
                .put("name", "Hilde Håndterer")
                .put("email", "hilde@austvik.example")
                .put("username", "hilde@austvik.example")
                .put("unitId", "u-1")
                .put("lineManagerId", "p-1")
                .put("active", true);
        ((ObjectNode) organisation.get("units").get(0)).put("leaderId", "p-2");

        HttpResponse<String> changed = put("/api/tenants/austvik/organisation", admin, organisation.toString());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        then(logins)
                .should()
                .sync(
                        org.mockito.ArgumentMatchers.eq("austvik"),
                        org.mockito.ArgumentMatchers.argThat(a -> a.username().equals("hilde@austvik.example")
                                && a.roles().equals(java.util.Set.of("handler"))
                                && a.firstName().equals("Hilde")),
                        org.mockito.ArgumentMatchers.any());
        // As the schedule does, twice more: the invitation's claim is in the store.
        accounts.reconcile(tenants.findBy("austvik").orElseThrow());
        assertThat(accounts.reconcile(tenants.findBy("austvik").orElseThrow()))
                .isEqualTo(new no.klagesak.tenants.account.StaffAccounts.Outcome(0, 0, true));
        then(logins).should(times(1)).invite("hilde@austvik.example");

        ((ObjectNode) organisation.get("people").get(0)).putArray("roles");
        HttpResponse<String> lastAdmin = put("/api/tenants/austvik/organisation", admin, organisation.toString());
        assertThat(lastAdmin.statusCode()).isEqualTo(400);
        assertThat(lastAdmin.body()).contains("last-admin");
    }

    @Test
    void a_tenant_admin_changes_the_deadline_which_makes_a_new_version_in_the_history_and_on_the_topic() {
        TestHttp api = TestHttp.localhost(port);
        ObjectNode tenant = (ObjectNode) TestHttp.json(api.get("/api/tenants/lysheim", lysheimAdmin));
        int before = tenant.get("currentRoutine").get("version").asInt();
        ObjectNode routine = (ObjectNode) tenant.get("currentRoutine").get("routine");
        ((ObjectNode) routine.get("deadlines").get("complaint").get("handling")).put("amount", 3);
        ((ObjectNode) routine.get("deadlines").get("complaint"))
                .putArray("remindDaysBefore")
                .add(1);

        HttpResponse<String> changed = put(
                "/api/tenants/lysheim/routine",
                lysheimAdmin,
                JSON.createObjectNode().set("routine", routine).toString());

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(TestHttp.json(changed).get("currentRoutine").get("version").asInt())
                .isEqualTo(before + 1);
        JsonNode history = TestHttp.json(api.get("/api/tenants/lysheim/history", lysheimAdmin));
        assertThat(history.get(0).get("by").asString()).isEqualTo("lysheim-admin");
        assertThat(history.get(0).toString()).contains("deadlines.complaint.handling.amount");
        TenantSnapshot published = snapshotsOf("lysheim", before + 1).getLast();
        assertThat(published
                        .current()
                        .routine()
                        .deadlines()
                        .complaint()
                        .handling()
                        .amount())
                .isEqualTo(3);
        assertThat(published.version(before)).isPresent();
    }

    @Test
    void an_invalid_routine_is_refused_with_the_field_named_and_nothing_changes() {
        TestHttp api = TestHttp.localhost(port);
        ObjectNode tenant = (ObjectNode) TestHttp.json(api.get("/api/tenants/fjordvekst", fjordvekstAdmin));
        long revision = tenant.get("revision").asLong();
        ObjectNode routine = (ObjectNode) tenant.get("currentRoutine").get("routine");
        ((ObjectNode) routine.get("deadlines").get("complaint"))
                .putArray("remindDaysBefore")
                .add(30);

        HttpResponse<String> refused = put(
                "/api/tenants/fjordvekst/routine",
                fjordvekstAdmin,
                JSON.createObjectNode().set("routine", routine).toString());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("deadlines.complaint.remindDaysBefore");
        assertThat(TestHttp.json(api.get("/api/tenants/fjordvekst", fjordvekstAdmin))
                        .get("revision")
                        .asLong())
                .isEqualTo(revision);
    }

    @Test
    void a_tenant_admin_reaches_only_their_own_tenant_another_answers_404() {
        TestHttp api = TestHttp.localhost(port);
        assertThat(api.get("/api/tenants/lysheim", fjordvekstAdmin).statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/tenants/lysheim/history", fjordvekstAdmin).statusCode())
                .isEqualTo(404);
        assertThat(put("/api/tenants/lysheim/routine", fjordvekstAdmin, "{}").statusCode())
                .isEqualTo(404);
        String handler = TestIssuer.shared().token("fjordvekst", "fjordvekst-handler", "handler");
        assertThat(api.get("/api/tenants/fjordvekst", handler).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/tenants/fjordvekst", null).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/tenants", fjordvekstAdmin).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> put(String path, String token, String json) {
        return TestHttp.localhost(port).put(path, token, json);
    }

    /**
     * The snapshots this service published for the tenant, read until one with at least {@code minVersion} routine
     * versions has arrived. (The test infrastructure publishes its test tenants without a source.)
     */
    private List<TenantSnapshot> snapshotsOf(String tenantId, int minVersion) {
        List<TenantSnapshot> found = new java.util.ArrayList<>();
        KafkaRecords.read(kafka, Topics.TENANTS, Duration.ofSeconds(20), read -> {
            found.clear();
            read.stream()
                    .filter(r -> tenantId.equals(r.key()))
                    .filter(r -> KafkaRecords.header(r, CloudEventHeaders.SOURCE) != null)
                    .map(r -> (TenantSnapshot) EventJson.read(r.value()).data())
                    .forEach(found::add);
            return found.stream().anyMatch(s -> s.current().version() >= minVersion);
        });
        return List.copyOf(found);
    }
}
