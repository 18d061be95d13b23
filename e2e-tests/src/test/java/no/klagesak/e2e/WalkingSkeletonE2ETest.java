package no.klagesak.e2e;

import static no.klagesak.e2e.RunningPlatform.get;
import static no.klagesak.e2e.RunningPlatform.json;
import static no.klagesak.e2e.RunningPlatform.mailsTo;
import static no.klagesak.e2e.RunningPlatform.post;
import static no.klagesak.e2e.RunningPlatform.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** One complaint the whole way: intake, Kafka, routing, SMTP, reporting, on the local stack with real Keycloak. */
@ExtendWith(RunningPlatform.class)
class WalkingSkeletonE2ETest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void a_complaint_gets_a_handler_a_deadline_one_acknowledgement_and_is_counted() {
        int year = LocalDate.now(OSLO).getYear();
        String receiver = token("fjordvekst-receiver");
        Settled.await(Duration.ofMinutes(6));
        String board = token("fjordvekst-board");
        long countBefore = total(board, year);
        String address = "kari-" + UUID.randomUUID() + "@example.org";

        HttpResponse<String> created = post("http://localhost:8081/api/complaints", receiver, """
                {"track":"COMPLAINT","complainantRole":"PARTICIPANT","category":"FOLLOW_UP",
                 "subject":"Oppfølging i arbeidstreningen","description":"Jeg har ikke hatt møte med veileder på seks uker.",
                 "complainant":{"name":"Kari Nordmann","email":"%s"},"language":"nb",
                 "staffRegistration":{"medium":"IN_PERSON","confirmedByComplainant":true}}
                """.formatted(address));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String complaintId = json(created).get("complaintId").asString();
        String reference = json(created).get("reference").asString();
        LocalDate expectedDeadline = LocalDate.now(OSLO).plusDays(14);

        String handler = token("fjordvekst-handler");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> get("http://localhost:8082/api/cases/" + complaintId, handler)
                                .statusCode()
                        == 200);
        JsonNode assigned = json(get("http://localhost:8082/api/cases/" + complaintId, handler));
        assertThat(assigned.get("handler").asString()).isEqualTo("fjordvekst-handler");
        assertThat(assigned.get("deadline").asString()).isEqualTo(expectedDeadline.toString());

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(address).size() == 1);
        // At rest (every event consumed, every notice sent or given up): the one mail is all there will be.
        Settled.await(Duration.ofSeconds(60));
        assertThat(mailsTo(address)).hasSize(1);
        JsonNode mail = mailsTo(address).getFirst();
        assertThat(mail.get("subject").asString()).contains(reference);
        assertThat(mail.get("text").asString())
                .contains(expectedDeadline.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                .doesNotContain("seks uker");

        // Counted once: its own fact, and the board's total one up once nothing else is on its way.
        await().atMost(Duration.ofSeconds(60)).until(() -> Settled.counted(java.util.List.of(complaintId)) == 1);
        Settled.await(Duration.ofMinutes(6));
        assertThat(total(board, year)).isEqualTo(countBefore + 1);
    }

    @Test
    void another_tenant_sees_neither_the_case_nor_the_count() {
        String lysheim = token("lysheim-handler");
        HttpResponse<String> cases = get("http://localhost:8082/api/cases", lysheim);
        assertThat(cases.statusCode()).isEqualTo(200);
        assertThat(cases.body()).doesNotContain("fjordvekst");
        assertThat(get("http://localhost:8082/api/cases", null).statusCode()).isEqualTo(401);
    }

    private static long total(String token, int year) {
        HttpResponse<String> response = get("http://localhost:8084/api/statistics?year=" + year, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("total").asLong();
    }
}
