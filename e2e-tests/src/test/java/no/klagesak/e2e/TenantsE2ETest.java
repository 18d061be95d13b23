package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.claims;
import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.mailsTo;
import static no.klagesak.e2e.RunningPlatform.post;
import static no.klagesak.e2e.RunningPlatform.put;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Tenants as data on the local stack: no service restarts between a change and the complaint that follows it. */
@ExtendWith(RunningPlatform.class)
class TenantsE2ETest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TENANTS = "http://localhost:8085/api/tenants";

    @Test
    void a_changed_deadline_applies_to_the_next_complaint_without_a_restart() {
        String admin = token("lysheim-admin");
        ObjectNode tenant = (ObjectNode) json(get(TENANTS + "/lysheim", admin));
        ObjectNode routine = (ObjectNode) tenant.get("currentRoutine").get("routine");
        ObjectNode complaint = (ObjectNode) routine.get("deadlines").get("complaint");
        ((ObjectNode) complaint.get("handling")).put("amount", 10).put("unit", "DAYS");
        complaint.putArray("remindDaysBefore").add(2);

        HttpResponse<String> changed = put(
                TENANTS + "/lysheim/routine",
                admin,
                JSON.createObjectNode().set("routine", routine).toString());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        int version = json(changed).get("currentRoutine").get("version").asInt();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> json(get("http://localhost:8081/public/tenants/lysheim/form", null))
                                .get("version")
                                .asInt()
                        == version);
        HttpResponse<String> created = post("http://localhost:8081/api/complaints", token("lysheim-receiver"), """
                {"complainantRole":"PARTICIPANT","category":"WORK_ENVIRONMENT",
                 "subject":"Støy i verkstedet","description":"Det er så mye støy at jeg ikke hører instruksene.",
                 "complainant":{"name":"Per Deltaker","phone":"99999999"},"language":"nb",
                 "staffRegistration":{"medium":"IN_PERSON","confirmedByComplainant":true}}
                """);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String complaintId = json(created).get("complaintId").asString();

        String handler = token("lysheim-handler");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> get("http://localhost:8082/api/cases/" + complaintId, handler)
                                .statusCode()
                        == 200);
        JsonNode assigned = json(get("http://localhost:8082/api/cases/" + complaintId, handler));
        assertThat(assigned.get("policyVersion").asInt()).isEqualTo(version);
        assertThat(assigned.get("deadline").asString())
                .isEqualTo(LocalDate.now(OSLO).plusDays(10).toString());
        JsonNode history = json(get(TENANTS + "/lysheim/history", admin));
        assertThat(history.get(0).get("by").asString()).isEqualTo("lysheim-admin");
    }

    @Test
    void a_new_tenant_onboarded_from_a_template_logs_in_and_receives_its_first_complaint_without_a_restart() {
        String operator = token("operator");
        String request = """
                {"alias":"nordlys","name":"Nordlys Vekst AS","template":"THROUGH_THE_LINE_NAMED_14_DAYS",
                 "adminEmail":"admin@nordlys.example"}""";
        HttpResponse<String> onboarded = post(TENANTS, operator, request);
        assertThat(onboarded.statusCode()).as(onboarded.body()).isEqualTo(201);
        assertThat(post(TENANTS, operator, request).statusCode()).as("a retry").isEqualTo(200);
        assertThat(post(TENANTS, token("fjordvekst-admin"), request).statusCode())
                .isEqualTo(403);

        // Keycloak's own e-mail to the first admin: set a password. The operator sees it waiting, then accepted.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !mailsTo("admin@nordlys.example").isEmpty());
        String invitations = TENANTS.replace("/api/tenants", "/api/invitations");
        assertThat(get(invitations, operator).body())
                .contains("\"tenantId\":\"nordlys\",\"adminEmail\":\"admin@nordlys.example\",\"accepted\":false");
        String password = "Nordlys-" + UUID.randomUUID();
        Invitations.setPassword(
                mailsTo("admin@nordlys.example").getLast().get("body").asString(), password);
        assertThat(get(invitations, operator).body())
                .contains("\"tenantId\":\"nordlys\",\"adminEmail\":\"admin@nordlys.example\",\"accepted\":true");
        assertThat(post(invitations + "/nordlys", operator, "").statusCode())
                .as("accepted: no new invitation")
                .isEqualTo(409);
        String adminToken = token("admin@nordlys.example", password);
        assertThat(claims(adminToken).get("organization").toString()).contains("nordlys");
        assertThat(get(TENANTS + "/nordlys", adminToken).statusCode()).isEqualTo(200);
        assertThat(get(TENANTS + "/lysheim", adminToken).statusCode()).isEqualTo(404);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("http://localhost:8081/public/tenants/nordlys/form", null)
                                .statusCode()
                        == 200);
        String address = "kunde-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> complaint =
                post("http://localhost:8081/public/tenants/nordlys/complaints", null, """
                {"complainantRole":"CUSTOMER","category":"SERVICE_DELIVERY",
                 "subject":"Levering","description":"Varene kom tre uker for sent.",
                 "complainant":{"name":"Kari Kunde","email":"%s"},"language":"nb",
                 "staffRegistration":{"medium":"IN_PERSON","confirmedByComplainant":true}}
                """.formatted(address));
        assertThat(complaint.statusCode()).as(complaint.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(address).size() == 1);
        // Before the organisation is set up, the first admin stands in: the case is in their list, and they are told.
        String reference = json(complaint).get("reference").asString();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> get("http://localhost:8082/api/cases", token("admin@nordlys.example", password))
                        .body()
                        .contains(reference));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> mailsTo("admin@nordlys.example").stream()
                        .anyMatch(m -> m.toString().contains(reference)));
        String acknowledgement = mailsTo(address).getFirst().get("text").asString();
        assertThat(acknowledgement)
                .contains("Nordlys Vekst AS")
                .contains("Du får svar innen "
                        + LocalDate.now(OSLO)
                                .plusDays(14)
                                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    }

    @Test
    void the_tenant_topic_is_compacted_so_every_tenants_latest_state_is_kept() throws Exception {
        try (var admin =
                org.apache.kafka.clients.admin.Admin.create(java.util.Map.of("bootstrap.servers", "localhost:9092"))) {
            var topic = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, "klagesak.tenants.v1");
            var config =
                    admin.describeConfigs(java.util.List.of(topic)).all().get().get(topic);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
        }
    }
}
